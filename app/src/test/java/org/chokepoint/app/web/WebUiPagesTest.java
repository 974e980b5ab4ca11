package org.chokepoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each page of the web UI answers, over HTTP against the real data (no browser needed). */
class WebUiPagesTest {
  static RealUi ui;

  @BeforeAll
  static void start() throws Exception {
    ui = RealUi.get();
  }

  private static String firstLink(String html, String prefix) {
    Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a link to " + prefix + " in " + html).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  void aClaimPageShowsItsEvidenceAndLinksToPartiesGoodsAndStory() throws Exception {
    String claim = ui.page(firstLink(ui.page("/ui/node/goods:machine-tools"), "/ui/node/claim:"));
    assertThat(claim).contains("Evidence").contains("<blockquote>").contains("href=\"/ui/story/story-")
        .contains("href=\"/ui/node/doc:").contains("href=\"/ui/node/goods:machine-tools\"")
        .contains("href=\"/ui/node/country:CN\"").doesNotContain("Claims about it");
  }

  @Test
  void aDocumentPageIsTitledAndShowsItsTextAndClaims() throws Exception {
    String story = "";
    for (int i = 1; i <= 20 && !story.contains("000_"); i++) {
      story = ui.page("/ui/story/story-" + i);
    }
    String doc = ui.page(firstLink(story, "/ui/node/doc:"));
    assertThat(doc).contains("<h2>Text</h2>").contains("class=\"doctext\"").contains("Claims it makes")
        .contains("href=\"/ui/node/claim:");
  }

  @Test
  void aStoryLeadsWithItsSummaryAndLinksEveryCitationAndDocument() throws Exception {
    String story = "";
    for (int i = 1; i <= 20 && !story.contains("000_"); i++) {
      story = ui.page("/ui/story/story-" + i);
    }
    assertThat(story.indexOf("class=\"summary\"")).isLessThan(story.indexOf("<h2>Claims</h2>"));
    assertThat(story).contains("Where the sources disagree").contains("<cite><a href=\"/ui/node/doc:")
        .contains("independent");
    Matcher cites = Pattern.compile("<cite>").matcher(story);
    int n = 0;
    while (cites.find()) {
      n++;
    }
    if (n > Claims.SHOWN_CITATIONS + 1) {
      assertThat(story).contains("<details><summary>");
    }
  }

  @Test
  void aGoodsNodeListsTheSameClaimOnce() throws Exception {
    String page = ui.page("/ui/node/goods:machine-tools");
    String claims = page.substring(page.indexOf("Claims about it"), page.indexOf("Neighbourhood"));
    Matcher rows = Pattern.compile("href=\"/ui/node/claim:[^\"]+\">([^<]+)</a>").matcher(claims);
    java.util.List<String> labels = new java.util.ArrayList<>();
    while (rows.find()) {
      labels.add(rows.group(1));
    }
    assertThat(labels).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void everyHsChapterHeadingAndSubheadingHasAPage() throws Exception {
    String heading = ui.page("/ui/goods/8542");
    assertThat(heading).contains("HS 8542").contains("Electronic integrated circuits").contains("tier 1")
        .contains("href=\"/ui/goods/854231\"").contains("href=\"/ui/goods/85\"").contains("Reported suppliers")
        .contains("href=\"/ui/goods/chpl\"");
    String sub = ui.page("/ui/goods/854231");
    assertThat(sub).contains("HS 8542.31").contains("tier 1").contains("href=\"/ui/goods/8542\"");
    assertThat(ui.page("/ui/goods/84")).contains("href=\"/ui/goods/8457\"");
    assertThat(ui.page("/ui/goods/8457")).contains("Reported suppliers").contains("Machine tools");
    HttpResponse<String> dotted = ui.get("/ui/goods/8542.31");
    assertThat(dotted.statusCode()).isEqualTo(302);
    assertThat(dotted.headers().firstValue("Location")).hasValue("/ui/goods/854231");
    assertThat(ui.get("/ui/goods/8400").statusCode()).isEqualTo(404);
    assertThat(ui.get("/ui/goods/8400").body()).contains("HS 2022 has no code 8400");
  }

  @Test
  void searchFindsHsCodesAsPeopleWriteThem() throws Exception {
    for (String q : new String[] {"8542", "8542.31", "854231", "HS 8457", "hs8457", "8542 31"}) {
      String digits = q.replaceAll("[^0-9]", "");
      assertThat(ui.page("/ui/search?q=" + Html.url(q))).as(q).contains("href=\"/ui/goods/" + digits + "\"");
    }
    assertThat(ui.page("/ui/search?q=" + Html.url("integrated circuits"))).contains("href=\"/ui/goods/8542\"");
  }

  @Test
  void aGroupPageListsClaimsAboutGoodsInsideIt() throws Exception {
    String chpl = ui.page("/ui/goods/chpl");
    assertThat(chpl).contains("Claims about goods inside it").contains("href=\"/ui/node/claim:")
        .doesNotContain("No report names a supplier");
  }

  @Test
  void emptyChartsSayWhichDataWouldFillThem() throws Exception {
    String page = ui.page("/ui/goods/0101");
    assertThat(page).contains("It would be filled by partners").containsOnlyOnce("No data for this chart");
  }

  @Test
  void theNetworkShowsRoutesOutsideNoscriptAndCountsUndatedClaims() throws Exception {
    String all = ui.page("/ui/network");
    assertThat(all).doesNotContain("<noscript>").contains("class=\"routes\"").contains("<script src=\"/ui/assets/"
        + "network.js\"></script>").doesNotContain("<script>");
    String period = ui.page("/ui/network?from=2024-04&to=2024-12");
    Matcher left = Pattern.compile("(\\d+) relations without a date were left out").matcher(period);
    if (all.contains("undated")) {
      assertThat(left.find()).as(period).isTrue();
      String kept = ui.page("/ui/network?from=2024-04&to=2024-12&undated=on");
      assertThat(kept).contains("badge undated");
    }
    assertThat(ui.get("/ui/assets/network.js").statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/ui/goods", "/ui/node/country:RU", "/ui/nothing-here"}) {
      HttpResponse<String> r = ui.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
          assertThat(v).contains("frame-ancestors 'none'").contains("script-src 'self'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(Html.external("javascript:alert(document.cookie)", "x")).isEqualTo("x").doesNotContain("href");
    assertThat(Html.external(" JaVaScRiPt:alert(1)", "<b>")).isEqualTo("&lt;b&gt;");
    assertThat(Html.external("data:text/html,hi", "d")).doesNotContain("href");
    assertThat(Html.external("https://example.org/a?b=\"c\"", "e"))
        .isEqualTo("<a href=\"https://example.org/a?b=&quot;c&quot;\" rel=\"noopener noreferrer nofollow\">e</a>");
  }

  private static HttpResponse<String> postScreen(String body, String boundary, String origin) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ui.url("/ui/screen")))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (origin != null) {
      b.header("Origin", origin);
    }
    return ui.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String multipart(String boundary, String csv, boolean download) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"names.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n" + (download ? "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\non\r\n" : "") + "--" + boundary + "--\r\n";
  }

  @Test
  void screeningUploadsParseQuotedCommasAndDownloadsDefuseFormulas() throws Exception {
    String csv = "id,name\n1,\"WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.\"\n2,=HYPERLINK(\"http://x\")\n";
    HttpResponse<String> r = postScreen(multipart("b0undary", csv, true), "b0undary", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.\",")
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain("\n=HYPERLINK");
    assertThat(ScreenPage.cell("+1")).isEqualTo("'+1");
    assertThat(ScreenPage.cell("-cmd")).isEqualTo("'-cmd");
    assertThat(ScreenPage.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ScreenPage.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ScreenPage.cell("Acme")).isEqualTo("Acme");
  }

  @Test
  void screeningRefusesCrossSitePostsAndTooManyRows() throws Exception {
    String csv = "name\nAcme\n";
    assertThat(postScreen(multipart("b1", csv, false), "b1", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(postScreen(multipart("b1", csv, false), "b1", ui.url("")).statusCode()).isEqualTo(200);
    String many = "name\n" + IntStream.rangeClosed(0, ScreenPage.MAX_NAMES).mapToObj(i -> "Name " + i)
        .collect(Collectors.joining("\n"));
    HttpResponse<String> r = postScreen(multipart("b2", many, false), "b2", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("At most 1,000 names per screening");
    assertThat(ui.page("/ui/screen")).contains("At most 1,000 names per screening");
  }
}

package org.chokepoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real headless Chromium (Debian's chromium, which .ci/run installs with fonts-noto-cjk) against a
 * real server over the real data: pages as the browser renders them, a screenshot of every page kind in
 * target/screenshots, and an axe-core accessibility check of every page kind that fails on serious or critical
 * violations. Skipped, saying so, where no Chromium is installed.
 */
class WebUiBrowserTest {
  @TempDir
  static Path dir;
  static RealUi ui;
  static Path shots = Path.of("target/screenshots");

  /** One page of each kind: screenshot name → path. */
  static final Map<String, String> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "no /usr/bin/chromium: browser tests skipped");
    ui = RealUi.get();
    Files.createDirectories(shots);
    String search = ui.page("/ui/search?q=" + Html.url("Wuhan Global Sensor"));
    Matcher party = Pattern.compile("href=\"(/ui/node/[^\"]+)\">WUHAN GLOBAL SENSOR").matcher(search);
    assertThat(party.find()).as(search).isTrue();
    String partyPath = party.group(1).replace("&amp;", "&");
    String partyPage = ui.page(partyPath);
    String story = ui.page("/ui/story/story-1");
    PAGES.put("home", "/");
    PAGES.put("search", "/ui/search?q=" + Html.url("Wuhan Global Sensor"));
    PAGES.put("search-hs", "/ui/search?q=" + Html.url("HS 8457"));
    PAGES.put("party", partyPath);
    PAGES.put("list", first(partyPage, "/ui/node/list:"));
    PAGES.put("country", "/ui/node/country:RU");
    PAGES.put("goods-node", "/ui/node/goods:machine-tools");
    PAGES.put("end-use", first(ui.page("/ui/node/goods:machine-tools"), "/ui/node/use:"));
    PAGES.put("claim", first(story, "/ui/node/claim:"));
    PAGES.put("document", first(story, "/ui/node/doc:"));
    PAGES.put("stories", "/ui/stories");
    PAGES.put("story", "/ui/story/story-1");
    PAGES.put("goods", "/ui/goods");
    PAGES.put("goods-group", "/ui/goods/machine-tools");
    PAGES.put("hs-chapter", "/ui/goods/85");
    PAGES.put("hs-heading", "/ui/goods/8542");
    PAGES.put("hs-subheading", "/ui/goods/854231");
    PAGES.put("network", "/ui/network?goods=machine");
    PAGES.put("screening", "/ui/screen?names=" + Html.url("Wuhan Global Sensor Tech Co Ltd\nAcme Bakery\n"
        + "Ростех\n华为技术有限公司"));
  }

  private static String first(String html, String prefix) {
    Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a link to " + prefix).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  /** The DOM Chromium renders for a page, with a screenshot saved as {@code name}.png. */
  static String browse(String path, String name) throws Exception {
    screenshot(path, name);
    return run(List.of("--virtual-time-budget=10000", "--dump-dom", ui.url(path)));
  }

  static void screenshot(String path, String name) throws Exception {
    run(List.of("--screenshot=" + shots.resolve(name + ".png").toAbsolutePath(), "--window-size=1280,1400",
        "--virtual-time-budget=10000", ui.url(path)));
  }

  private static String run(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
        "--user-data-dir=" + dir.resolve("chromium-profile")));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WebUiBrowserTest.class.getResource("axe/" + name).toURI());
  }

  /**
   * The axe-core violations of a page: the server's HTML, with a base address pointing at the server and axe added
   * at the end, opened from a file so the check's own scripts are not held to the page's CSP.
   */
  static List<JsonNode> axe(String path, String name) throws Exception {
    String base = "<base href=\"" + ui.url("/") + "\">";
    return axeOn(ui.page(path).replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(base)), name);
  }

  private static List<JsonNode> axeOn(String page, String name) throws Exception {
    String html = page.replace("</body>", "<script src=\"" + resource("axe.min.js").toUri() + "\"></script>"
        + "<script src=\"" + resource("run-axe.js").toUri() + "\"></script></body>");
    Path file = dir.resolve("axe-" + name + ".html");
    Files.writeString(file, html);
    String dom = run(List.of("--virtual-time-budget=30000", "--dump-dom", file.toUri().toString()));
    assertThat(dom).as(name).contains("</main>");
    Matcher m = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("axe ran on " + name).isTrue();
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(json).forEach(out::add);
    return out;
  }

  @Test
  void everyPageKindRendersWithAScreenshotAndPassesAxe() throws Exception {
    StringBuilder report = new StringBuilder();
    List<String> serious = new ArrayList<>();
    for (var page : PAGES.entrySet()) {
      screenshot(page.getValue(), page.getKey());
      assertThat(Files.size(shots.resolve(page.getKey() + ".png"))).as(page.getKey()).isGreaterThan(10_000);
      List<JsonNode> violations = axe(page.getValue(), page.getKey());
      report.append(page.getKey()).append(' ').append(page.getValue()).append(": ").append(violations.isEmpty()
          ? "no violations" : violations.toString()).append('\n');
      for (JsonNode v : violations) {
        String impact = v.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          serious.add(page.getKey() + ": " + v);
        }
      }
    }
    Files.writeString(Path.of("target/webui-axe.txt"), report.toString());
    System.out.print(report);
    assertThat(serious).as(report.toString()).isEmpty();
  }

  @Test
  void theAccessibilityCheckFindsWhatItShould() throws Exception {
    List<JsonNode> violations = axeOn("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main>"
        + "<h1>t</h1><img src=\"x.png\"><input name=\"q\"></main></body></html>", "known-bad");
    assertThat(violations).extracting(v -> v.path("id").asText()).contains("image-alt", "label");
    assertThat(violations).filteredOn(v -> v.path("id").asText().equals("image-alt"))
        .allMatch(v -> v.path("impact").asText().equals("critical"));
  }

  @Test
  void searchOpensThePartyPageWithListingsAndTheSeedClaims() throws Exception {
    String party = browse(PAGES.get("party"), "party");
    assertThat(party).contains("OFAC SDN (RUSSIA-EO14024)").contains("EU 269/2014").contains("Listings")
        .contains("supplies optical components to Russia").contains("004_e118af1af0837c4e.txt")
        .contains("Optical components for Russian tanks");
  }

  @Test
  void theNetworkDrawsWithJavaScriptAndStillShowsItsTables() throws Exception {
    String network = browse("/ui/network?goods=machine", "network");
    assertThat(network).as("cytoscape.js drew the graph").contains("data-ready=\"").contains("<canvas");
    assertThat(network).contains(">China<").contains(">Machine tools<").contains(">Russia<");
    assertThat(network).doesNotContain("<noscript>").contains("Trade routes").contains("class=\"routes\"")
        .contains("class=\"relations\"");
    String goods = browse("/ui/goods/chpl", "goods-chpl");
    assertThat(goods).contains("<svg").contains("Exports to Russia");
  }
}

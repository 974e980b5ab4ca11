package org.chokepoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follows every link of the web UI over the real data, from the home page and from a page of each kind, and fails
 * on any page that answers 404 or 500 (or anything but 200 and redirects within the UI). Pages of one kind are
 * visited up to a cap, so that the crawl covers every kind without walking all 30,000 parties.
 */
class WebUiCrawlTest {
  /** Pages visited per kind of page. */
  static final int PER_KIND = 30;
  static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  static RealUi ui;

  @BeforeAll
  static void start() throws Exception {
    ui = RealUi.get();
  }

  /** The kind of a page: its route and, for node pages, the id's prefix; for HS pages, the code's level. */
  static String kind(String path) {
    String p = path.replaceFirst("[?#].*", "");
    if (p.startsWith("/ui/node/")) {
      String id = URLDecoder.decode(p.substring(9).replace("+", "%2B"), StandardCharsets.UTF_8);
      int colon = id.indexOf(':');
      return "node:" + (colon > 0 ? id.substring(0, colon) : "party");
    }
    if (p.startsWith("/ui/goods/")) {
      String id = p.substring(10);
      return id.matches("\\d+") ? "hs" + id.length() : "group";
    }
    if (p.startsWith("/ui/story/")) {
      return "story";
    }
    return path.contains("?") ? p + "?" : p;
  }

  @Test
  void everyLinkReachableFromHomeAndEachPageKindAnswers() throws Exception {
    List<String> seeds = List.of("/", "/ui/stories", "/ui/goods", "/ui/network", "/ui/network?goods=machine",
        "/ui/network?from=2024-04&to=2024-12", "/ui/screen?names=" + Html.url("Wuhan Global Sensor\nAcme Bakery"),
        "/ui/search?q=8542", "/ui/search?q=" + Html.url("HS 8457"), "/ui/search?q=Wuhan",
        "/ui/search?q=" + Html.url("integrated circuits"), "/ui/goods/85", "/ui/goods/8457", "/ui/goods/854231",
        "/ui/goods/machine-tools", "/ui/goods/chpl", "/ui/node/country:RU", "/ui/node/goods:machine-tools",
        "/ui/story/story-1");
    ArrayDeque<String> queue = new ArrayDeque<>(seeds);
    Set<String> seen = new LinkedHashSet<>(seeds);
    Map<String, Integer> perKind = new HashMap<>();
    seeds.forEach(s -> perKind.merge(kind(s), 1, Integer::sum));
    List<String> failures = new ArrayList<>();
    int visited = 0;
    int notFound = 0;
    int serverErrors = 0;
    while (!queue.isEmpty()) {
      String path = queue.poll();
      HttpResponse<String> r = ui.get(path);
      visited++;
      int status = r.statusCode();
      if (status == 404) {
        notFound++;
      } else if (status >= 500) {
        serverErrors++;
      }
      if (status == 302 || status == 301) {
        String to = r.headers().firstValue("Location").orElse("");
        if (!to.startsWith("/")) {
          failures.add(path + " redirects outside the UI: " + to);
        } else if (seen.add(to)) {
          queue.add(to);
        }
        continue;
      }
      if (status != 200) {
        failures.add(path + " → " + status + " " + r.body().substring(0, Math.min(200, r.body().length())));
        continue;
      }
      if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
      Matcher m = LINK.matcher(r.body());
      while (m.find()) {
        String href = m.group(1).replace("&amp;", "&").replaceFirst("#.*", "");
        if (!href.startsWith("/") || href.startsWith("//") || href.isEmpty() || !seen.add(href)) {
          continue;
        }
        String kind = kind(href);
        if (perKind.merge(kind, 1, Integer::sum) <= PER_KIND) {
          queue.add(href);
        }
      }
    }
    String report = String.format("crawl: %d pages visited, %d kinds, %d answered 404, %d answered 5xx%n%s%n",
        visited, perKind.size(), notFound, serverErrors, String.join("\n", failures));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/webui-crawl.txt"), report + "kinds: " + perKind + "\n");
    System.out.print(report);
    assertThat(failures).as(report).isEmpty();
    assertThat(perKind.keySet()).as("page kinds reached").contains("node:list", "node:doc", "node:claim",
        "node:country", "node:goods", "node:use", "node:party", "hs2", "hs4", "hs6", "group", "story");
    assertThat(visited).isGreaterThan(200);
  }

  @Test
  void idsWithSpacesParenthesesColonsAndSlashesReachTheirPages() throws Exception {
    String party = ui.page("/ui/search?q=" + Html.url("Wuhan Global Sensor"));
    Matcher link = Pattern.compile("href=\"(/ui/node/[^\"]+)\">WUHAN GLOBAL SENSOR").matcher(party);
    assertThat(link.find()).as(party).isTrue();
    String page = ui.page(link.group(1).replace("&amp;", "&"));
    Matcher list = Pattern.compile("href=\"(/ui/node/list:[^\"]+)\"").matcher(page);
    int lists = 0;
    while (list.find()) {
      lists++;
      assertThat(list.group(1)).doesNotContain("+").doesNotContain(" ");
      assertThat(ui.get(list.group(1).replace("&amp;", "&")).statusCode()).as(list.group(1)).isEqualTo(200);
    }
    assertThat(lists).as("list links on the party page").isGreaterThanOrEqualTo(2);
    assertThat(Html.path("list:EU 269/2014 (a+b)")).isEqualTo("list:EU%20269/2014%20%28a%2Bb%29");
  }
}

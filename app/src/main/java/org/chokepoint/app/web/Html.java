package org.chokepoint.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A small HTML writer for the server-rendered pages: every text goes through {@link #esc}, every id put into a path
 * through {@link #path}, and only http(s) addresses become links ({@link #external}).
 */
final class Html {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private final StringBuilder b = new StringBuilder();

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Encodes a query parameter value. */
  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Encodes an id as the tail of a path: every byte but unreserved characters, ':' and '/' is percent-encoded
   * (spaces as %20, never '+'); '/' stays, so routes that take ids end in a {@code <id>} segment.
   */
  static String path(String id) {
    StringBuilder out = new StringBuilder(id.length() + 8);
    for (byte x : id.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~' || c == ':' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return out.toString();
  }

  /** The page of an evidence-graph node or listed party. */
  static String nodeHref(String id) {
    return "/ui/node/" + path(id);
  }

  /** A link to a node's page. */
  static String node(String id, String label) {
    return link(nodeHref(id), label);
  }

  /** Whether an address may be rendered as a link: http or https only. */
  static boolean isWebAddress(String href) {
    if (href == null) {
      return false;
    }
    String h = href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("https://") || h.startsWith("http://");
  }

  /** An outside address as a link when it is http(s), otherwise as plain text. */
  static String external(String href, String text) {
    if (!isWebAddress(href)) {
      return esc(text);
    }
    return "<a href=\"" + esc(href.strip()) + "\" rel=\"noopener noreferrer nofollow\">" + esc(text) + "</a>";
  }

  Html page(String title) {
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>").append(esc(title)).append(" · Chokepoint</title>"
        + "<link rel=\"stylesheet\" href=\"/ui/style.css\"></head><body>\n<header><a class=\"brand\" href=\"/\">"
        + "Chokepoint</a><form action=\"/ui/search\" method=\"get\" role=\"search\"><input name=\"q\" "
        + "placeholder=\"Search parties, goods, HS codes, countries\" aria-label=\"Search parties, goods, HS codes, "
        + "countries\"><button>Search</button></form><nav aria-label=\"main\">"
        + "<a href=\"/ui/stories\">Stories</a><a href=\"/ui/goods\">Goods</a><a href=\"/ui/network\">Network</a>"
        + "<a href=\"/ui/screen\">Screening</a></nav></header>\n<main>\n<h1>").append(esc(title)).append("</h1>\n");
    return this;
  }

  Html h2(String text) {
    b.append("<h2>").append(esc(text)).append("</h2>\n");
    return this;
  }

  Html p(String text) {
    b.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  /** A note in smaller, muted type (why something is empty, what a figure means). */
  Html note(String text) {
    b.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    return this;
  }

  Html raw(String html) {
    b.append(html);
    return this;
  }

  /** A table; cells are HTML already (use {@link #esc} or {@link #link}). Empty tables say {@code empty}. */
  Html table(List<String> header, List<List<String>> rows, String cssClass, String empty) {
    if (rows.isEmpty()) {
      return note(empty);
    }
    b.append("<table class=\"").append(cssClass).append("\"><thead><tr>");
    header.forEach(h -> b.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    b.append("</tr></thead><tbody>\n");
    for (List<String> r : rows) {
      b.append("<tr>");
      r.forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
    return this;
  }

  Html table(List<String> header, List<List<String>> rows, String cssClass) {
    return table(header, rows, cssClass, "None.");
  }

  /** A provenance (file name and line, document span): small, and broken anywhere so it never widens a table. */
  static String src(String text) {
    return "<span class=\"src\">" + esc(text) + "</span>";
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** What was written so far, for a fragment drawn without {@link #page}. */
  String body() {
    return b.toString();
  }

  String end() {
    b.append("</main>\n<footer>Every statement links to its source. Data: the lists, HS nomenclature, CHPL, trade "
        + "statistics and reports in the data directory.</footer></body></html>\n");
    return b.toString();
  }
}

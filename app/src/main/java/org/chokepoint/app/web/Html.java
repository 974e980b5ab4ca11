package org.chokepoint.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small HTML writer for the server-rendered pages: every text goes through {@link #esc}. */
final class Html {
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

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  Html page(String title) {
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>").append(esc(title)).append(" · Chokepoint</title>"
        + "<link rel=\"stylesheet\" href=\"/ui/style.css\"></head><body>\n<header><a class=\"brand\" href=\"/\">"
        + "Chokepoint</a><form action=\"/ui/search\" method=\"get\"><input name=\"q\" placeholder=\"Search parties, "
        + "goods, countries, claims\" aria-label=\"search\"><button>Search</button></form><nav>"
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

  Html raw(String html) {
    b.append(html);
    return this;
  }

  /** A table; cells are HTML already (use {@link #esc} or {@link #link}). */
  Html table(List<String> header, List<List<String>> rows, String cssClass) {
    if (rows.isEmpty()) {
      return p("None.");
    }
    b.append("<table class=\"").append(cssClass).append("\"><thead><tr>");
    header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr></thead><tbody>\n");
    for (List<String> r : rows) {
      b.append("<tr>");
      r.forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
    return this;
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  String end() {
    b.append("</main>\n<footer>Every statement links to its source. Data: the lists, HS nomenclature, CHPL, trade "
        + "statistics and reports in the data directory.</footer></body></html>\n");
    return b.toString();
  }
}

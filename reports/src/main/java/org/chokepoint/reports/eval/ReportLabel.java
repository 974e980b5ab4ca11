package org.chokepoint.reports.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What independent annotators say one report holds.
 *
 * @param file path relative to the labelled set's root
 * @param event the id of the one real-world event the report is about
 * @param eventDate ISO date (or YYYY-MM, YYYY) of that event, "" when the text does not say
 * @param denial whether the accused side denies supplying weapons or military help
 * @param objection whether someone objects to or protests against sanctions or accusations
 * @param junkLines lines of the file that are not part of the body
 */
public record ReportLabel(String file, String event, String eventDate, String language,
    List<Organisation> organisations, List<Goods> goods, List<FigureLabel> figures, boolean denial,
    boolean objection, List<String> junkLines) {
  /** An organisation named in the body, with its role (company, government, international, media, research). */
  public record Organisation(String name, String role) {}

  /** Goods named as traded or controlled, with the best HS 2022 heading ("" when none fits). */
  public record Goods(String text, String hs) {}

  /** A figure as written, its value in units and its unit (percent, USD, EUR, GBP, RUB, CNY, JPY, count, other). */
  public record FigureLabel(String text, double value, String unit) {}

  public ReportLabel {
    organisations = List.copyOf(organisations);
    goods = List.copyOf(goods);
    figures = List.copyOf(figures);
    junkLines = List.copyOf(junkLines);
  }

  /** Reads one label line; the exception names the field that is missing or wrong. */
  static ReportLabel of(JsonNode n) {
    String file = text(n, "file");
    if (file.isEmpty()) {
      throw new IllegalArgumentException("field 'file' is required");
    }
    List<Organisation> orgs = new ArrayList<>();
    for (JsonNode o : n.path("organisations")) {
      orgs.add(new Organisation(text(o, "name"), text(o, "role")));
    }
    List<Goods> goods = new ArrayList<>();
    for (JsonNode g : n.path("goods")) {
      goods.add(new Goods(text(g, "text"), text(g, "hs")));
    }
    List<FigureLabel> figures = new ArrayList<>();
    for (JsonNode f : n.path("figures")) {
      if (!f.path("value").isNumber()) {
        throw new IllegalArgumentException("figure '" + text(f, "text") + "': 'value' must be a number");
      }
      figures.add(new FigureLabel(text(f, "text"), f.path("value").asDouble(), text(f, "unit")));
    }
    List<String> junk = new ArrayList<>();
    n.path("junk_lines").forEach(j -> junk.add(j.asText()));
    return new ReportLabel(file, text(n, "event"), text(n, "event_date"), text(n, "language"), orgs, goods, figures,
        n.path("denial").asBoolean(false), n.path("objection").asBoolean(false), junk);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}

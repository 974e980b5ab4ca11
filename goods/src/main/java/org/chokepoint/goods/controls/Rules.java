package org.chokepoint.goods.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.text.PartialDates;

/** Reads and validates a rules file; every problem names the rule and the field. */
public final class Rules {
  private Rules() {}

  /** The built-in rules. */
  public static List<Rule> standard() {
    try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
      if (in == null) {
        throw new IllegalStateException("rules.json missing from the classpath");
      }
      return parse(in.readAllBytes(), "built-in rules.json");
    } catch (IOException e) {
      throw new IllegalStateException("built-in rules.json: " + e.getMessage(), e);
    }
  }

  /** A user's rules file in the same layout. */
  public static List<Rule> read(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  static List<Rule> parse(byte[] json, String origin) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(origin + ": not valid JSON: " + e.getMessage());
    }
    if (root == null || !root.path("rules").isArray()) {
      throw new IllegalArgumentException(origin + ": expected an object with a 'rules' array");
    }
    List<Rule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Jurisdiction> jurisdictions = jurisdictions(root.path("jurisdictions"), origin, problems);
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (JsonNode n : root.get("rules")) {
      String where = origin + ": rules[" + i++ + "]";
      String id = n.path("id").asText("");
      if (id.isBlank()) {
        problems.add(where + ": field 'id' is required");
        continue;
      }
      where = origin + ": rule '" + id + "'";
      if (!ids.add(id)) {
        problems.add(where + ": id used twice");
      }
      Rule.Verdict verdict = null;
      try {
        verdict = Rule.Verdict.valueOf(n.path("verdict").asText("").toUpperCase(Locale.ROOT));
        if (verdict == Rule.Verdict.CLEAR) {
          problems.add(where + ": field 'verdict' must say what is wrong, not 'clear'");
        }
      } catch (IllegalArgumentException e) {
        problems.add(where + ": field 'verdict' must be prohibited, licence_required or high_risk, got '"
            + n.path("verdict").asText("") + "'");
      }
      if (n.path("citation").asText("").isBlank()) {
        problems.add(where + ": field 'citation' is required");
      }
      String from = date(n.path("effective_from"), where + ": field 'effective_from'", problems);
      String to = date(n.path("effective_to"), where + ": field 'effective_to'", problems);
      JsonNode when = n.path("when");
      if (!when.isObject() || when.isEmpty()) {
        problems.add(where + ": field 'when' must be an object with at least one condition");
        continue;
      }
      List<String> origins = list(when, "origin", where, problems);
      List<String> destinations = list(when, "destination", where, problems);
      for (String c : concat(origins, destinations)) {
        if (!c.matches("[a-z]{2}")) {
          problems.add(where + ": country '" + c + "' is not a lower-case ISO alpha-2 code");
        }
      }
      String produced = date(when.path("produced_on_or_after"), where + ": field 'when.produced_on_or_after'",
          problems);
      Jurisdiction jurisdiction = null;
      List<Jurisdiction.Reach> reach = new ArrayList<>();
      String j = n.path("jurisdiction").asText("");
      if (!j.isEmpty()) {
        jurisdiction = jurisdictions.get(j);
        if (jurisdiction == null) {
          problems.add(where + ": field 'jurisdiction' names '" + j + "', which is not in 'jurisdictions' "
              + jurisdictions.keySet());
        }
        for (String r : list(n, "reach", where, problems)) {
          try {
            reach.add(Jurisdiction.Reach.parse(r));
          } catch (IllegalArgumentException e) {
            problems.add(where + ": field 'reach' must list exporter, origin or destination, got '" + r + "'");
          }
        }
        if (reach.isEmpty()) {
          problems.add(where + ": field 'reach' must say how the " + j + " rule reaches a shipment "
              + "(exporter, origin, destination)");
        }
      }
      if (verdict != null) {
        rules.add(new Rule(id, n.path("title").asText(id), verdict, n.path("citation").asText(""), from, to, origins,
            destinations, list(when, "goods", where, problems), produced, list(when, "party_lists", where, problems),
            n.path("reason").asText(""), jurisdiction, reach));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return List.copyOf(rules);
  }

  private static Map<String, Jurisdiction> jurisdictions(JsonNode node, String origin, List<String> problems) {
    Map<String, Jurisdiction> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      problems.add(origin + ": field 'jurisdictions' must be an object of id → {title, countries}");
      return out;
    }
    for (var e : node.properties()) {
      String where = origin + ": jurisdiction '" + e.getKey() + "'";
      List<String> countries = list(e.getValue(), "countries", where, problems);
      if (countries.isEmpty()) {
        problems.add(where + ": field 'countries' must list its ISO alpha-2 codes");
      }
      for (String c : countries) {
        if (!c.matches("[a-z]{2}")) {
          problems.add(where + ": country '" + c + "' is not a lower-case ISO alpha-2 code");
        }
      }
      out.put(e.getKey(), new Jurisdiction(e.getKey(), e.getValue().path("title").asText(e.getKey()),
          Set.copyOf(countries)));
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String date(JsonNode v, String where, List<String> problems) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "";
    }
    String parsed = PartialDates.parse(v.asText());
    if (parsed.length() != 10) {
      problems.add(where + " must be an ISO date, got '" + v.asText() + "'");
      return "";
    }
    return parsed;
  }

  private static List<String> list(JsonNode when, String field, String where, List<String> problems) {
    JsonNode v = when.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      problems.add(where + ": field 'when." + field + "' must be a list");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    v.forEach(x -> out.add(x.asText()));
    return List.copyOf(out);
  }
}

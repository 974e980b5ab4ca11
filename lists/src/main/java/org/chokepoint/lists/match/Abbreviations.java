package org.chokepoint.lists.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.core.io.ResourceTables;

/** Expands common abbreviations in organisation names ("Int'l" → international), read from {@code abbreviations.tsv}. */
final class Abbreviations {
  private static final Map<String, String> EXPANSIONS = load();

  private Abbreviations() {}

  static List<String> expand(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(EXPANSIONS.getOrDefault(w, w));
    }
    return out;
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : ResourceTables.read(Abbreviations.class, "abbreviations.tsv", 2, "abbreviation<TAB>word")) {
      map.put(row[0], row[1]);
    }
    return Map.copyOf(map);
  }
}

package org.chokepoint.lists.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
      if (in == null) {
        throw new IllegalStateException("abbreviations.tsv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank() || cols[1].contains(" ")) {
          throw new IllegalStateException("abbreviations.tsv line " + number + ": expected 'abbreviation<TAB>word'");
        }
        map.put(cols[0].strip(), cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}

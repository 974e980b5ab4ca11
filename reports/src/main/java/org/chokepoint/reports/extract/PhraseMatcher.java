package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a table in text, longest first, as whole words: case-insensitive or not, with spaces and
 * hyphens interchangeable and, optionally, plural endings.
 */
final class PhraseMatcher<V> {
  /** A phrase found, with the value the table gives it. */
  record Hit<V>(String text, V value, int start, int end) {}

  private final Pattern pattern;
  private final Map<String, V> values = new HashMap<>();
  private final boolean ignoreCase;

  PhraseMatcher(Map<String, V> table, boolean ignoreCase, boolean plurals) {
    this.ignoreCase = ignoreCase;
    List<String> phrases = new ArrayList<>(table.keySet());
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String p : phrases) {
      values.put(normal(p), table.get(p));
      if (!alternation.isEmpty()) {
        alternation.append('|');
      }
      String body = Pattern.quote(p).replaceAll("[ -]", "\\\\E[\\\\s-]+\\\\Q");
      alternation.append(body);
      if (plurals && Character.isLetter(p.charAt(p.length() - 1))) {
        alternation.append("(?:s|es)?");
      }
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", flags);
  }

  List<Hit<V>> find(String text, int from, int to) {
    List<Hit<V>> out = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      String found = m.group();
      V value = lookup(found);
      if (value != null) {
        out.add(new Hit<>(found, value, m.start(), m.end()));
      }
    }
    return out;
  }

  private V lookup(String found) {
    String key = normal(found);
    V v = values.get(key);
    if (v == null && key.endsWith("es")) {
      v = values.get(key.substring(0, key.length() - 2));
    }
    if (v == null && key.endsWith("s")) {
      v = values.get(key.substring(0, key.length() - 1));
    }
    return v;
  }

  private String normal(String s) {
    String spaced = s.replaceAll("[\\s-]+", " ").strip();
    return ignoreCase ? spaced.toLowerCase(Locale.ROOT) : spaced;
  }
}

package org.chokepoint.reports.extract;

import java.util.Locale;
import java.util.Map;

/** Numbers as reports write them: digits with thousands separators, or English words ("four hundred", "Seventy"). */
final class NumberWords {
  static final String UNITS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  /** A number written in words, as a regex (case-insensitive use). */
  static final String WORDS = "(?:(?:" + TENS + ")(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:"
      + UNITS + "))(?:\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?(?:(?:" + TENS + ")(?:[\\s-](?:one|two|three|four"
      + "|five|six|seven|eight|nine))?|(?:" + UNITS + ")))?)?|(?:a|one)\\s+dozen|a\\s+hundred|a\\s+thousand";
  private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("dozen", 12));

  private NumberWords() {}

  /** The value of digits ("1,234.5") or words ("four hundred and two"); NaN when it is neither. */
  static double parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Double.NaN;
    }
    if (Character.isDigit(t.charAt(0))) {
      try {
        return Double.parseDouble(t.replace(",", ""));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    double total = 0;
    double current = 0;
    for (String w : t.split("[\\s-]+")) {
      switch (w) {
        case "and" -> { }
        case "hundred" -> current = (current == 0 ? 1 : current) * 100;
        case "thousand" -> {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        }
        case "dozen" -> current = (current == 0 ? 1 : current) * 12;
        default -> {
          Integer v = VALUES.get(w);
          if (v == null) {
            return Double.NaN;
          }
          current += w.equals("a") ? 0 : v;
          if (w.equals("a")) {
            current = 1;
          }
        }
      }
    }
    return total + current;
  }

  /** The multiplier of a scale word ("million", "bn", "m"), or 1. */
  static double scale(String word) {
    if (word == null) {
      return 1;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "thousand", "k" -> 1e3;
      case "million", "m", "mn", "mln" -> 1e6;
      case "billion", "bn", "b", "bln" -> 1e9;
      case "trillion", "tn", "trn" -> 1e12;
      default -> 1;
    };
  }
}

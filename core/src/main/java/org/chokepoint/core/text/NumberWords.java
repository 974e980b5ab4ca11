package org.chokepoint.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English numbers written in words, in one place: their value in reports ("four hundred and two", "a dozen",
 * "Seventy"; digits with thousands separators; scale words "million", "bn"), and as digits inside names so series
 * numbers compare as numbers ("forty four" → "44", "1st"/"first" → "1", "Fund VIII" → "fund 8").
 */
public final class NumberWords {
  private static final String UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  /** A number written in words, as a regex (case-insensitive use). */
  public static final String WORDS = "(?:(?:" + TENS_WORDS + ")(?:[\\s-](?:one|two|three|four|five|six|seven"
      + "|eight|nine))?|(?:" + UNIT_WORDS + "))(?:\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?(?:(?:" + TENS_WORDS
      + ")(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:" + UNIT_WORDS + ")))?)?"
      + "|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+dozen|a\\s+hundred|a\\s+thousand";
  private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("dozen", 12));


  /** The value of digits ("1,234.5") or words ("four hundred and two"); NaN when it is neither. */
  public static double parse(String text) {
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
  public static double scale(String word) {
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

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("first", 1), Map.entry("second", 2),
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
  private static final Map<String, Integer> ROMAN = Map.ofEntries(Map.entry("ii", 2), Map.entry("iii", 3),
      Map.entry("iv", 4), Map.entry("vi", 6), Map.entry("vii", 7), Map.entry("viii", 8), Map.entry("ix", 9),
      Map.entry("xi", 11), Map.entry("xii", 12), Map.entry("xiii", 13), Map.entry("xiv", 14), Map.entry("xv", 15));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);


  public static List<String> toDigits(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Integer tens = TENS.get(w);
      if (tens != null) {
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        Integer unit = next.length() == 1 && Character.isDigit(next.charAt(0)) ? Integer.valueOf(next.charAt(0) - '0')
            : UNITS.get(next);
        if (unit != null && unit > 0 && unit < 10) {
          out.add(String.valueOf(tens + unit));
          i++;
        } else {
          out.add(String.valueOf(tens));
        }
        continue;
      }
      Integer unit = UNITS.get(w);
      if (unit == null && words.size() > 1) {
        unit = ROMAN.get(w);
      }
      if (unit != null && !w.equals("second")) {
        out.add(String.valueOf(unit));
      } else if (w.matches("\\d+(st|nd|rd|th)")) {
        out.add(w.substring(0, w.length() - 2));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private NumberWords() {}
}

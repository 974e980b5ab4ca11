package org.chokepoint.lists.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes English number words, ordinals and Roman numerals of two letters or more as digits ("forty four" →
 * "44", "1st"/"first" → "1", "Fund VIII" → "fund 8"), so series numbers compare as numbers.
 */
final class NumberWords {
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

  private NumberWords() {}

  static List<String> toDigits(List<String> words) {
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
}

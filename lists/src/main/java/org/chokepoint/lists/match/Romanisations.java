package org.chokepoint.lists.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a romanised word as other romanisation systems would have written it, so names romanised from Cyrillic by
 * German, French or Polish conventions ("Gorbatschow", "Gorbatchev", "Gorbaczow") compare with the English/BGN
 * spelling the lists use ("Gorbachev"). Each system's table is applied in reverse: the German, French and Polish
 * letter groups for a Cyrillic letter become the BGN/PCGN group (German sch → sh, tsch → ch, w → v, z → ts,
 * initial j → y; French ch → sh, tch → ch, ou → u, j → zh, final ff → v; Polish sz → sh, cz → ch, rz → zh,
 * w → v, c → ts, j → y), and the passport systems' vowels (ia for я, final -ei for -ей: "Siarhei"). Names written
 * in Hangul also get a McCune-Reischauer reading ({@link #korean}). Only readings that differ from the word are
 * returned.
 */
public final class Romanisations {
  private static final String[][] GERMAN = {{"schtsch", "shch"}, {"tsch", "ch"}, {"sch", "sh"}, {"ch", "kh"},
      {"w", "v"}, {"z", "ts"}, {"ss", "s"}, {"ow", "ov"}, {"ew", "ev"}};
  private static final String[][] FRENCH = {{"chtch", "shch"}, {"tch", "ch"}, {"ch", "sh"}, {"ou", "u"},
      {"dj", "dzh"}, {"j", "zh"}, {"ff", "v"}, {"ss", "s"}, {"ine", "in"}};
  private static final String[][] POLISH = {{"szcz", "shch"}, {"sz", "sh"}, {"cz", "ch"}, {"rz", "zh"}, {"ch", "kh"},
      {"w", "v"}, {"ck", "tsk"}, {"c", "ts"}, {"j", "y"}};
  /**
   * Passport and national systems (ICAO 9303 for Russian passports, the Belarusian and Ukrainian national systems)
   * against BGN/PCGN: я ia/ya, ю iu/yu, е ie/ye, final -iy, -ey, -yy as -i, -ei, -y. A "$" marks a word-final group.
   */
  private static final String[][] PASSPORT = {{"ya", "ia"}, {"yu", "iu"}, {"ye", "ie"}, {"iy$", "i"}, {"ey$", "ei"},
      {"yy$", "y"}};
  /**
   * Revised Romanization of Korean read as McCune-Reischauer (as commonly written without breves) and North Korean
   * usage: eo → o, eu → u, and the plain initial consonants g, d, b, j written k, t, p, ch.
   */
  private static final String[][] KOREAN = {{"eo", "o"}, {"eu", "u"}};
  private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 300_000;

  private Romanisations() {}

  /** The word's readings under the German, French and Polish conventions, without the word itself. */
  public static List<String> readings(String word) {
    List<String> known = CACHE.get(word);
    if (known != null) {
      return known;
    }
    List<String> out = new ArrayList<>(3);
    if (word.length() >= 4) {
      add(out, word, german(word));
      add(out, word, rewrite(word, FRENCH, true));
      add(out, word, rewrite(word, POLISH, true));
      add(out, word, rewrite(word, PASSPORT, true));
    }
    List<String> result = List.copyOf(out);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(word, result);
    }
    return result;
  }

  /** The word read as McCune-Reischauer would write it, for names written in Hangul; the word itself if no change. */
  public static String korean(String word) {
    String s = rewrite(word, KOREAN, false);
    if (s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    String rest = s.substring(1);
    return switch (first) {
      case 'g' -> "k" + rest;
      case 'd' -> "t" + rest;
      case 'b' -> "p" + rest;
      case 'j' -> "ch" + rest;
      default -> s;
    };
  }

  private static void add(List<String> out, String word, String reading) {
    if (!reading.equals(word) && !out.contains(reading)) {
      out.add(reading);
    }
  }

  /** German: the table, plus j → y before or after a vowel (Jelzin, Jurij) and ie → i. */
  private static String german(String word) {
    String s = rewrite(word, GERMAN, false);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean nearVowel = i + 1 < s.length() && isVowel(s.charAt(i + 1)) || i > 0 && isVowel(s.charAt(i - 1));
      out.append(c == 'j' && nearVowel ? 'y' : c);
    }
    return out.toString();
  }

  /** Rewrites letter groups left to right, longest group first; final-only groups ("ff", "ine") only at the end. */
  private static String rewrite(String word, String[][] table, boolean finalGroups) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    int i = 0;
    outer:
    while (i < word.length()) {
      for (String[] rule : table) {
        boolean marked = rule[0].endsWith("$");
        String from = marked ? rule[0].substring(0, rule[0].length() - 1) : rule[0];
        boolean finalOnly = marked || finalGroups && (from.equals("ff") || from.equals("ine"));
        if (word.startsWith(from, i) && (!finalOnly || i + from.length() == word.length())) {
          if (from.equals("ow") || from.equals("ew")) {
            if (i + from.length() != word.length()) {
              continue;
            }
          }
          out.append(rule[1]);
          i += from.length();
          continue outer;
        }
      }
      out.append(word.charAt(i++));
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}

package org.chokepoint.lists.match;

/**
 * Consonant skeletons of romanised Semitic names. Arabic and Hebrew write short vowels rarely, so romanisations of one
 * name differ mostly in vowels, doubled letters and the letter chosen for a sound ("Qaddafi", "Kadhafi",
 * "Gaddafi"; "Husayn", "Hussein"): the skeleton keeps the consonants, with the letters romanisations use for one
 * Arabic letter merged (q/k/g for ق, dh/d/z for ذ/ض, th/t for ث/ت, kh/h, sh/ch for ش, j/dj/g for ج, w/v).
 */
public final class Skeletons {
  private Skeletons() {}

  /** How many runs of vowels (y counted) a word has: romanisations of one name keep its syllables. */
  public static int vowelGroups(String word) {
    int groups = 0;
    boolean in = false;
    for (int i = 0; i < word.length(); i++) {
      boolean v = "aeiouy".indexOf(word.charAt(i)) >= 0;
      if (v && !in) {
        groups++;
      }
      in = v;
    }
    return groups;
  }


  /**
   * The skeleton of a folded word. A leading vowel is dropped too, as it often stands for a letter romanisations
   * drop or write as a vowel (ع in "ʿUmar", "Omar", "Umar" → "mr"); a leading y or w is a consonant.
   */
  public static String of(String word) {
    StringBuilder out = new StringBuilder(word.length());
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      char k;
      if (c == 'h' && i > 0 && "kdtsgcz".indexOf(word.charAt(i - 1)) >= 0) {
        continue;
      }
      if (c == 'd' && next == 'j') {
        k = 'j';
        i++;
      } else {
        k = switch (c) {
          case 'a', 'e', 'i', 'o', 'u' -> 0;
          case 'y' -> i == 0 ? 'y' : 0;
          case 'w', 'v' -> i == 0 ? 'w' : 0;
          case 'q', 'k', 'g', 'c' -> next == 'h' && c != 'k' && c != 'g' ? 's' : 'k';
          case 'z' -> 'd';
          case 'p' -> 'f';
          case 's' -> next == 'h' ? 's' : 's';
          default -> c;
        };
        if (c == 'k' && next == 'h') {
          k = 'h';
        }
      }
      if (k != 0 && k != last) {
        out.append(k);
      }
      if (k != 0) {
        last = k;
      }
    }
    return out.toString();
  }
}

package org.chokepoint.lists.match;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two names written in Han, Hangul or Kana character by character. Each character is a syllable that
 * carries meaning, so one differing character (高石 / 高市, 이재형 / 이재명) makes another name, although both
 * romanise alike or nearly alike.
 */
final class CjkNames {
  private CjkNames() {}

  /** Whether at least four fifths of the letters are Han, Hangul, Hiragana or Katakana. */
  static boolean isCjk(String name) {
    int letters = 0;
    int cjk = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        int script = UScript.getScript(cp);
        if (script == UScript.HAN || script == UScript.HANGUL || script == UScript.HIRAGANA
            || script == UScript.KATAKANA) {
          cjk++;
        }
      }
    }
    return letters > 0 && cjk * 5 >= letters * 4;
  }

  /** The squared Dice overlap of the two names' characters, in any order (family and given name swap freely). */
  static NameComparison compare(String a, String b) {
    Map<Integer, Integer> counts = new HashMap<>();
    int la = 0;
    for (int cp : a.codePoints().filter(Character::isLetter).toArray()) {
      counts.merge(cp, 1, Integer::sum);
      la++;
    }
    int lb = 0;
    int common = 0;
    List<TokenMatch> aligned = new ArrayList<>();
    for (int cp : b.codePoints().filter(Character::isLetter).toArray()) {
      lb++;
      Integer left = counts.get(cp);
      if (left != null && left > 0) {
        counts.put(cp, left - 1);
        common++;
        String ch = Character.toString(cp);
        aligned.add(new TokenMatch(ch, ch, 1, 1));
      }
    }
    double dice = la + lb == 0 ? 0 : 2.0 * common / (la + lb);
    return new NameComparison(dice * dice, aligned, List.of(), List.of(),
        List.of("compared character by character (Han/Hangul/Kana): " + common + " of " + Math.max(la, lb)));
  }
}

package org.chokepoint.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Romanises Hangul by the Revised Romanization of Korean (syllable by syllable, without the sound-change rules); a
 * person's name that starts with a common family name is written syllable by syllable, as lists write Korean names
 * ("KIM Jong Un"). The family names' other spellings (passport Kim, Lee, Park, Choi; North Korean Ri, Choe) are in
 * {@link #familyNameSpellings()}.
 */
public final class Hangul {
  private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
      "ch", "k", "t", "p", "h"};
  private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
      "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
  private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l",
      "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
  /** Usual passport spellings of the commonest family names (National Institute of Korean Language surveys). */
  private static final Map<Character, String> FAMILY = Map.ofEntries(Map.entry('김', "kim"), Map.entry('이', "lee"),
      Map.entry('박', "park"), Map.entry('최', "choi"), Map.entry('정', "jung"), Map.entry('강', "kang"),
      Map.entry('조', "cho"), Map.entry('윤', "yoon"), Map.entry('장', "jang"), Map.entry('임', "lim"),
      Map.entry('한', "han"), Map.entry('오', "oh"), Map.entry('서', "seo"), Map.entry('신', "shin"),
      Map.entry('권', "kwon"), Map.entry('황', "hwang"), Map.entry('안', "ahn"), Map.entry('송', "song"),
      Map.entry('류', "ryu"), Map.entry('유', "yoo"), Map.entry('전', "jeon"), Map.entry('홍', "hong"),
      Map.entry('고', "ko"), Map.entry('문', "moon"), Map.entry('양', "yang"), Map.entry('손', "son"),
      Map.entry('배', "bae"), Map.entry('백', "baek"), Map.entry('허', "heo"), Map.entry('노', "noh"),
      Map.entry('남', "nam"), Map.entry('심', "shim"), Map.entry('하', "ha"), Map.entry('곽', "kwak"),
      Map.entry('성', "sung"), Map.entry('차', "cha"), Map.entry('주', "joo"), Map.entry('우', "woo"),
      Map.entry('구', "koo"), Map.entry('민', "min"), Map.entry('진', "jin"), Map.entry('지', "ji"),
      Map.entry('엄', "um"), Map.entry('채', "chae"), Map.entry('원', "won"), Map.entry('천', "cheon"),
      Map.entry('방', "bang"), Map.entry('공', "kong"), Map.entry('현', "hyun"), Map.entry('함', "ham"),
      Map.entry('변', "byun"), Map.entry('염', "yeom"), Map.entry('여', "yeo"), Map.entry('추', "choo"),
      Map.entry('도', "do"), Map.entry('석', "seok"), Map.entry('선', "sun"), Map.entry('설', "seol"),
      Map.entry('마', "ma"), Map.entry('길', "gil"), Map.entry('연', "yeon"), Map.entry('표', "pyo"),
      Map.entry('명', "myung"), Map.entry('기', "ki"), Map.entry('반', "ban"), Map.entry('왕', "wang"),
      Map.entry('금', "keum"), Map.entry('옥', "ok"), Map.entry('육', "yook"), Map.entry('인', "in"),
      Map.entry('맹', "maeng"), Map.entry('제', "je"), Map.entry('모', "mo"), Map.entry('탁', "tak"),
      Map.entry('국', "kook"), Map.entry('리', "ri"), Map.entry('림', "rim"), Map.entry('로', "ro"));

  private Hangul() {}

  /** Each common family name's Revised Romanization and its usual passport spelling (이: "i" and "lee"). */
  public static List<List<String>> familyNameSpellings() {
    List<List<String>> out = new ArrayList<>();
    FAMILY.forEach((syllable, passport) -> out.add(List.of(syllable(syllable), passport)));
    return out;
  }

  /** Whether a code point is a precomposed Hangul syllable. */
  public static boolean isSyllable(int cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
  }

  /** One syllable in Revised Romanization. */
  public static String syllable(int cp) {
    int s = cp - 0xAC00;
    return INITIAL[s / (21 * 28)] + MEDIAL[(s % (21 * 28)) / 28] + FINAL[s % 28];
  }

  /**
   * Romanises the Hangul syllables of {@code text}, leaving everything else; a word is romanised as one word. For a
   * person, a word of two to four syllables that starts with a common family name is split into the family name in
   * its passport spelling and the given name ("김정은" → "kim jeongeun").
   */
  public static String romanise(String text, boolean person) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isSyllable(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < text.length() && isSyllable(text.charAt(end))) {
        end++;
      }
      int syllables = end - i;
      int start = i;
      boolean name = person && syllables <= 4 && FAMILY.containsKey(text.charAt(i));
      for (int k = start; k < end; k++) {
        if (name && k > start) {
          out.append(' ');
        }
        out.append(syllable(text.charAt(k)));
      }
      i = end;
    }
    return out.toString();
  }
}

package org.chokepoint.core.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Folds any text to lower-case ASCII words for matching: NFKC, confusable letters, transliteration of non-Latin
 * scripts (Cyrillic by BGN/PCGN for Russian, Ukrainian or Belarusian, Han to pinyin, others by ICU's Any-Latin), diacritics, punctuation and spacing.
 *
 * <p>Letters the transliterators cannot romanise are kept, lower-cased, so a name in an unsupported script still
 * compares equal to itself.
 */
public final class TextFold {
  private static final ThreadLocal<Transliterator> CYRILLIC =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> UKRAINIAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> BELARUSIAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Belarusian-Latin/BGN; Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private TextFold() {}

  /** Folds {@code text} to space-separated lower-case words; never null, empty for blank input. */
  public static String fold(String text) {
    return fold(text, false);
  }

  /**
   * As {@link #fold(String)}, reading the text as a person's name: Korean family names take their usual passport
   * spelling and are split from the given name ({@link Hangul}).
   */
  public static String foldPersonName(String text) {
    return fold(text, true);
  }

  private static String fold(String text, boolean person) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isPlainAscii(text)) {
      return words(text);
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (hasHangul(s)) {
      s = Hangul.romanise(s, person);
    }
    return words(romanise(haceks(Confusables.toLatin(s))));
  }

  private static boolean hasHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Hangul.isSyllable(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Letters with a háček (Czech, Slovak, Latvian, Lithuanian, Croatian, Slovene, and the scholarly romanisation of
   * Cyrillic) written as the English/BGN digraphs they stand for: č ch, š sh, ž zh ("Černý" = "Chernyy").
   */
  private static String haceks(String s) {
    if (s.indexOf('\u010d') < 0 && s.indexOf('\u0161') < 0 && s.indexOf('\u017e') < 0 && s.indexOf('\u010c') < 0
        && s.indexOf('\u0160') < 0 && s.indexOf('\u017d') < 0) {
      return s;
    }
    return s.replace("\u010d", "ch").replace("\u0161", "sh").replace("\u017e", "zh").replace("\u010c", "Ch")
        .replace("\u0160", "Sh").replace("\u017d", "Zh");
  }

  /** Folds and removes the spaces: "Vladimir Putin" and "VladimirPutin" give the same key. */
  public static String compact(String text) {
    return fold(text).replace(" ", "");
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c < 0x20) {
        return false;
      }
    }
    return true;
  }

  private static String romanise(String s) {
    boolean latinOnly = true;
    boolean cyrillic = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.CYRILLIC) {
        cyrillic = true;
        latinOnly = false;
      } else if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
        latinOnly = false;
      }
    }
    Transliterator t = latinOnly ? LATIN.get() : cyrillic ? cyrillic(s) : ANY.get();
    return t.transliterate(s);
  }

  /**
   * BGN/PCGN for the language the letters show: Belarusian with ў, Ukrainian with і, ї, є or ґ, else Russian
   * (Belarusian and Ukrainian г is h: "Siarhei", "Oleksandr").
   */
  private static Transliterator cyrillic(String s) {
    if (s.indexOf('\u045e') >= 0 || s.indexOf('\u040e') >= 0) {
      return BELARUSIAN.get();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0456' || c == '\u0457' || c == '\u0454' || c == '\u0491' || c == '\u0406' || c == '\u0407'
          || c == '\u0404' || c == '\u0490') {
        return UKRAINIAN.get();
      }
    }
    return CYRILLIC.get();
  }

  /** Lower-cases, joins apostrophes, turns "&" into "and" and every other non-alphanumeric run into one space. */
  private static String words(String s) {
    StringBuilder out = new StringBuilder(s.length() + 4);
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\u02bf' || cp == '\u02be' || cp == '\u02bc' || cp == '\u02b9' || cp == '\u00b7') {
        continue;
      } else if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else if (cp == '\'' || cp == '\u2019' || cp == '`' || cp == '\u2018' || cp == '\u02b9'
          || Character.getType(cp) == Character.NON_SPACING_MARK || cp == '\u00ad' || cp == '\u200b') {
        continue;
      } else if (cp == '&') {
        if (!space) {
          out.append(' ');
        }
        out.append("and ");
        space = true;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }
}

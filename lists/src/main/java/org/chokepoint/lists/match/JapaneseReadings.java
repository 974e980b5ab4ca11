package org.chokepoint.lists.match;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.chokepoint.core.text.TextFold;

/**
 * Japanese readings of names written in Kanji and Kana ("安倍晋三" → "abe shinzo"), from the Kuromoji morphological
 * analyser's dictionary (IPADIC, which carries readings of common family and given names), romanised by ICU's
 * Katakana-Latin and written as passports write Hepburn: long vowels without marks (ou, uu → o, u).
 */
public final class JapaneseReadings {
  private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(
      () -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
  private static final ThreadLocal<Transliterator> KATAKANA =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Latin; Latin-ASCII"));

  private JapaneseReadings() {}

  /** Whether a name is written in Kanji and Kana only (at least one letter, no Latin, Hangul or other script). */
  public static boolean applies(String name) {
    boolean any = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int s = UScript.getScript(cp);
      if (s != UScript.HAN && s != UScript.HIRAGANA && s != UScript.KATAKANA) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The folded reading, word by word; "" when the analyser knows no reading. */
  public static String reading(String name) {
    JapaneseTokenizer tokenizer = TOKENIZER.get();
    StringBuilder out = new StringBuilder();
    try {
      tokenizer.setReader(new StringReader(name));
      tokenizer.reset();
      CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
      ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
      while (tokenizer.incrementToken()) {
        String kana = reading.getReading();
        String word = kana == null ? term.toString() : KATAKANA.get().transliterate(kana);
        out.append(hepburn(TextFold.fold(word).replace(" ", ""))).append(' ');
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return TextFold.fold(out.toString());
  }

  /** Long vowels as passports write them: "shinzou" → "shinzo", "yuuko" → "yuko", "ooshima" → "oshima". */
  static String hepburn(String romaji) {
    return romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o");
  }
}

package org.chokepoint.core.text;

/**
 * Replaces Cyrillic and Greek letters that look like Latin ones inside words that are otherwise Latin, so
 * "НIKVISION" (Cyrillic Н) reads as "HIKVISION". Words written wholly in Cyrillic or Greek are left for the
 * transliterator.
 */
public final class Confusables {
  private static final String FROM = "АВЕКМНОРСТХУаеорсухіјѕІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοі";
  private static final String TO = "ABEKMHOPCTXYaeopcyxijsIJSABEZHIKMNOPTYXoi";

  private Confusables() {}

  /** Returns {@code text} with look-alike letters replaced in mixed-script words. */
  public static String toLatin(String text) {
    StringBuilder out = null;
    int wordStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLetter(text.charAt(i))) {
        if (i > wordStart && isMixed(text, wordStart, i)) {
          if (out == null) {
            out = new StringBuilder(text);
          }
          for (int j = wordStart; j < i; j++) {
            int k = FROM.indexOf(text.charAt(j));
            if (k >= 0) {
              out.setCharAt(j, TO.charAt(k));
            }
          }
        }
        wordStart = i + 1;
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isMixed(String text, int from, int to) {
    boolean latin = false;
    boolean lookalike = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x250 && Character.isLetter(c)) {
        latin = true;
      } else if (FROM.indexOf(c) >= 0) {
        lookalike = true;
      } else {
        return false;
      }
    }
    return latin && lookalike;
  }
}

package org.chokepoint.reports.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from its script and its commonest words: enough to say "this is not English" before
 * English extraction rules mangle it.
 */
public final class Languages {
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "has", "was", "on", "by", "its"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "für"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "sur", "du", "au"),
      "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "para", "una", "es", "se"),
      "it", Set.of("il", "di", "che", "della", "per", "non", "una", "sono", "gli", "nel", "con", "le", "del"),
      "pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "dos", "das", "em", "do", "da", "é"),
      "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "met", "voor", "zijn", "op", "te", "ook"),
      "tr", Set.of("ve", "bir", "bu", "için", "ile", "olarak", "da", "de", "çok", "daha", "gibi", "olan"));

  private Languages() {}

  /** ISO 639-1 code, or "und" when the text has too few letters to tell. */
  public static String detect(String text) {
    int latin = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int cyrillic = 0;
    int arabic = 0;
    int ukrainian = 0;
    int letters = 0;
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(c)) {
        case LATIN -> latin++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case CYRILLIC -> {
          cyrillic++;
          if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
            ukrainian++;
          }
        }
        case ARABIC -> arabic++;
        default -> { }
      }
    }
    if (letters < 20) {
      return "und";
    }
    if (kana > letters / 10) {
      return "ja";
    }
    if (han > letters / 3) {
      return "zh";
    }
    if (hangul > letters / 3) {
      return "ko";
    }
    if (cyrillic > letters / 2) {
      return ukrainian > cyrillic / 100 ? "uk" : "ru";
    }
    if (arabic > letters / 2) {
      return "ar";
    }
    if (latin < letters / 2) {
      return "und";
    }
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (String word : text.substring(0, n).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      STOPWORDS.forEach((lang, words) -> {
        if (words.contains(word)) {
          counts.merge(lang, 1, Integer::sum);
        }
      });
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
  }
}

package org.chokepoint.lists.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.text.TextFold;

/**
 * A name prepared for comparison: folded to ASCII words, "LAST, First" put in reading order, Arabic article
 * joined to its word ("al-Tikriti" = "altikriti"), and for organisations the legal forms split off.
 */
public final class NameParts {
  private static final Set<String> JOINED_ARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "ash", "az", "an", "at");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "monsieur",
      "madame", "mme", "herr", "frau", "shaikh", "sheikh", "sheik", "haji", "hajji", "mullah", "maulvi", "maulana",
      "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "admiral",
      "president", "minister");
  private static final java.util.Map<String, String> PARTICLES = java.util.Map.of("ibn", "bin", "ben", "bin",
      "bint", "bin");
  /** Longest name we compare; longer input is cut, as no listed name is this long. */
  public static final int MAX_CHARS = 300;

  private final String original;
  private final List<String> tokens;
  private final List<String> legalForms;
  private final String compact;
  private Schema schema;
  private volatile NameParts japanese;

  public NameParts(String original, List<String> tokens, List<String> legalForms) {
    this.original = original;
    this.tokens = List.copyOf(tokens);
    this.legalForms = List.copyOf(legalForms);
    this.compact = String.join("", tokens);
  }

  /** The name as given. */
  public String original() {
    return original;
  }

  /** The words that identify the party. */
  public List<String> tokens() {
    return tokens;
  }

  /** Legal-form classes found at the ends (organisations only). */
  public List<String> legalForms() {
    return legalForms;
  }

  @Override
  public String toString() {
    return tokens + (legalForms.isEmpty() ? "" : " " + legalForms);
  }

  /**
   * For a name in Kanji and Kana, the name prepared from its Japanese reading ({@link JapaneseReadings}), as the
   * folded form reads Han as Chinese; null for other names or when no reading is known. Computed once, on demand.
   */
  public NameParts japaneseReading() {
    NameParts j = japanese;
    if (j == null && schema != null && JapaneseReadings.applies(original)) {
      String reading = JapaneseReadings.reading(original);
      j = reading.isEmpty() ? this : of(reading, schema, LegalForms.standard());
      japanese = j;
    }
    return j == null || j == this || j.tokens.equals(tokens) ? null : j;
  }

  /** Prepares a name for a party of the given schema (a person's name keeps every word). */
  public static NameParts of(String name, Schema schema, LegalForms forms) {
    NameParts p = prepare(name, schema, forms);
    p.schema = schema;
    return p;
  }

  private static NameParts prepare(String name, Schema schema, LegalForms forms) {
    String raw = name == null ? "" : name;
    if (raw.length() > MAX_CHARS) {
      raw = raw.substring(0, MAX_CHARS);
    }
    String ordered = raw;
    int comma = raw.indexOf(',');
    if (schema == Schema.PERSON && comma > 0 && raw.indexOf(',', comma + 1) < 0) {
      ordered = raw.substring(comma + 1) + " " + raw.substring(0, comma);
    }
    String folded = schema == Schema.PERSON ? TextFold.foldPersonName(ordered) : TextFold.fold(ordered);
    if (folded.isEmpty()) {
      return new NameParts(raw, List.of(), List.of());
    }
    List<String> words = NumberWords.toDigits(joinInitials(List.of(folded.split(" "))));
    if (schema == Schema.PERSON) {
      return new NameParts(raw, joinArticles(personWords(words)), List.of());
    }
    if (forms.isOnlyLegalForm(words)) {
      return new NameParts(raw, List.of(), List.of(words.toString()));
    }
    LegalForms.Split split = forms.split(Abbreviations.expand(words));
    return new NameParts(raw, schema == Schema.LEGAL_ENTITY ? joinArticles(split.tokens()) : split.tokens(),
        split.forms());
  }

  /**
   * A person's words without honorifics and titles, with patronymic particles written one way ("ibn", "ben" →
   * "bin") and digits typed for look-alike letters read as letters ("I9or Sech1n" → "igor sechin").
   */
  private static List<String> personWords(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (TITLES.contains(w) && words.size() > 2) {
        continue;
      }
      out.add(PARTICLES.getOrDefault(w, unLeet(w)));
    }
    return out.isEmpty() ? words : out;
  }

  private static String unLeet(String w) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      letter |= Character.isLetter(w.charAt(i));
      digit |= Character.isDigit(w.charAt(i));
    }
    if (!letter || !digit) {
      return w;
    }
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      out.append(switch (c) {
        case '0' -> 'o';
        case '1' -> 'i';
        case '3' -> 'e';
        case '4' -> 'a';
        case '5' -> 's';
        case '7' -> 't';
        case '9' -> 'g';
        default -> c;
      });
    }
    return out.toString();
  }

  /** Joins runs of single letters, so "A.B.C." reads as the word "abc". */
  private static List<String> joinInitials(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    StringBuilder run = new StringBuilder();
    for (String w : words) {
      if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
        run.append(w);
        continue;
      }
      flush(run, out);
      out.add(w);
    }
    flush(run, out);
    return out;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (!run.isEmpty()) {
      out.add(run.toString());
    }
    run.setLength(0);
  }

  private static List<String> joinArticles(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (JOINED_ARTICLES.contains(w) && i + 1 < words.size() && words.size() > 2) {
        out.add(w + words.get(++i));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** The tokens joined without spaces. */
  public String compact() {
    return compact;
  }
}

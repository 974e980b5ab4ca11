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
  /** Longest name we compare; longer input is cut, as no listed name is this long. */
  public static final int MAX_CHARS = 300;

  private final String original;
  private final List<String> tokens;
  private final List<String> legalForms;
  private final String compact;

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

  /** Prepares a name for a party of the given schema (a person's name keeps every word). */
  public static NameParts of(String name, Schema schema, LegalForms forms) {
    String raw = name == null ? "" : name;
    if (raw.length() > MAX_CHARS) {
      raw = raw.substring(0, MAX_CHARS);
    }
    String ordered = raw;
    int comma = raw.indexOf(',');
    if (schema == Schema.PERSON && comma > 0 && raw.indexOf(',', comma + 1) < 0) {
      ordered = raw.substring(comma + 1) + " " + raw.substring(0, comma);
    }
    String folded = TextFold.fold(ordered);
    if (folded.isEmpty()) {
      return new NameParts(raw, List.of(), List.of());
    }
    List<String> words = NumberWords.toDigits(joinInitials(List.of(folded.split(" "))));
    if (schema == Schema.PERSON) {
      return new NameParts(raw, joinArticles(words), List.of());
    }
    if (forms.isOnlyLegalForm(words)) {
      return new NameParts(raw, List.of(), List.of(words.toString()));
    }
    LegalForms.Split split = forms.split(words);
    return new NameParts(raw, schema == Schema.LEGAL_ENTITY ? joinArticles(split.tokens()) : split.tokens(),
        split.forms());
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

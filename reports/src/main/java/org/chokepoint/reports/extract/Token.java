package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark of a sentence, with its offsets in the cleaned text. */
record Token(String text, int start, int end) {
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}"                              // U.S., U.K., P.R.C.
          + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                         // initials: Thea D. Rozman Kendler
          + "|(?:Co|Ltd|Inc|Corp|Mr|Ms|Mrs|Dr|Gen|Jr|Sr|St|No|Rep|Sen)\\.(?=\\s|,|$)"
          + "|\\p{L}[\\p{L}\\p{M}\\p{N}&-]*(?:\\.(?=\\p{L}))?\\p{L}*"
          + "|['’]s\\b"
          + "|\\p{N}[\\p{N},.]*\\p{N}|\\p{N}"
          + "|\\S");

  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  boolean capitalised() {
    char c = text.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) && text.chars().anyMatch(Character::isLetter);
  }

  boolean word() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean allCaps() {
    return text.length() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && text.chars().anyMatch(Character::isLetter);
  }
}

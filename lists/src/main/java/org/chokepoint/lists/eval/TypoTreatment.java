package org.chokepoint.lists.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Introduces the errors names pick up when typed or copied, seeded so a run can be repeated: one typo (a letter
 * dropped, doubled, swapped with its neighbour or replaced by a neighbour on the keyboard) in a word of five letters
 * or more, and for half the names without a patronymic chain a reordering into "LAST, First …" or "Last First …" form, and changes of case.
 */
public final class TypoTreatment {
  private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private final Random random;

  public TypoTreatment(long seed) {
    this.random = new Random(seed);
  }

  /** The treated form of {@code name}; a name without a word long enough for a typo is only reordered or recased. */
  public String treat(String name) {
    List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
    List<Integer> long5 = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).length() >= 5 && words.get(i).chars().allMatch(Character::isLetter)) {
        long5.add(i);
      }
    }
    if (!long5.isEmpty()) {
      int w = long5.get(random.nextInt(long5.size()));
      words.set(w, typo(words.get(w)));
    }
    String out = String.join(" ", words);
    if (words.size() >= 2 && random.nextBoolean() && !hasChain(words)) {
      int cut = words.size() - 1;
      if (cut > 1 && ARTICLES.contains(words.get(cut - 1).toLowerCase(Locale.ROOT))) {
        cut--;
      }
      String last = String.join(" ", words.subList(cut, words.size()));
      String rest = String.join(" ", words.subList(0, cut));
      out = random.nextBoolean() ? last + ", " + rest : last + " " + rest;
    }
    return switch (random.nextInt(3)) {
      case 0 -> out.toUpperCase(Locale.ROOT);
      case 1 -> titleCase(out);
      default -> out;
    };
  }

  /** Names with a patronymic chain are not reordered: "X bin Y" reordered names another person. */
  private static boolean hasChain(List<String> words) {
    for (String w : words) {
      if (CHAIN.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An article stays with the word it belongs to ("al Tikriti") when the family name moves. */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "as", "ash", "az", "ar", "an", "at");
  private static final Set<String> CHAIN = Set.of("bin", "ibn", "ben", "bint", "ould", "abu");

  private String typo(String word) {
    StringBuilder w = new StringBuilder(word);
    int at = 1 + random.nextInt(w.length() - 2);
    switch (random.nextInt(4)) {
      case 0 -> w.deleteCharAt(at);
      case 1 -> w.insert(at, w.charAt(at));
      case 2 -> {
        char c = w.charAt(at);
        w.setCharAt(at, w.charAt(at + 1));
        w.setCharAt(at + 1, c);
      }
      default -> w.setCharAt(at, neighbour(w.charAt(at)));
    }
    return w.toString();
  }

  private char neighbour(char c) {
    char lower = Character.toLowerCase(c);
    for (String row : KEYBOARD) {
      int i = row.indexOf(lower);
      if (i >= 0) {
        int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1);
        char n = row.charAt(j);
        return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
      }
    }
    return c;
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}

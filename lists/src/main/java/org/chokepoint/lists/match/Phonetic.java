package org.chokepoint.lists.match;

/**
 * A coarse sound key for romanised names, so transliteration variants agree: "osama"/"usama",
 * "nuristani"/"nooristani", "mohammed"/"muhamad", "qasim"/"kasim", "yusuf"/"iusuf", "xi"/"shi"/"si".
 */
public final class Phonetic {
  private Phonetic() {}

  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 200_000;

  /** The key, memoised: names repeat words a lot. */
  public static String key(String word) {
    String k = CACHE.get(word);
    if (k == null) {
      k = compute(word);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.put(word, k);
      }
    }
    return k;
  }

  /** The key: digraphs simplified, vowels o/u and e/i and y merged, doubled letters collapsed. */
  static String compute(String word) {
    String s = word.replace("ph", "f").replace("kh", "h").replace("gh", "g").replace("sch", "sh").replace("ck", "k")
        .replace("ou", "u").replace("oo", "u").replace("sh", "s").replace("x", "s").replace("ee", "i").replace("dh", "d").replace("th", "t");
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = switch (s.charAt(i)) {
        case 'o' -> 'u';
        case 'e', 'y' -> 'i';
        case 'q', 'c' -> 'k';
        case 'z' -> 's';
        case 'w' -> 'v';
        case 'j' -> 'g';
        default -> s.charAt(i);
      };
      if (c != last) {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }
}

package org.chokepoint.core.country;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.io.ResourceTables;
import org.chokepoint.core.text.TextFold;

/**
 * Resolves country names and codes to ISO 3166 alpha-2 (lower case): English, Korean, Chinese, Japanese, Russian,
 * French, German and Spanish names from the JDK's locale data, ISO alpha-2 and alpha-3 codes, and the aliases in
 * {@code country-aliases.tsv} ("Russian Federation", "Belorussia", "Türkiye", "North Korea", "Kosovo" …).
 */
public final class Countries {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE, Locale.JAPANESE,
      Locale.of("ru"), Locale.FRENCH, Locale.GERMAN, Locale.of("es"));
  private static final Map<String, String> BY_KEY = buildIndex();

  private Countries() {}

  /** The alpha-2 code (lower case) for a name or code, or "" when it names no country known here. */
  public static String toIso2(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String raw = text.strip();
    String hit = BY_KEY.get(raw.toLowerCase(Locale.ROOT));
    if (hit == null) {
      hit = BY_KEY.get(key(raw));
    }
    if (hit != null) {
      return hit;
    }
    int paren = raw.indexOf('(');
    if (paren > 0) {
      hit = BY_KEY.get(key(raw.substring(0, paren)));
      if (hit != null) {
        return hit;
      }
      int close = raw.indexOf(')', paren);
      hit = BY_KEY.get(key(raw.substring(paren + 1, close > paren ? close : raw.length())));
    }
    return hit == null ? "" : hit;
  }

  /** Whether an already folded word ("chile", "schweiz") names a country; a single lookup, for hot loops. */
  public static boolean isCountryWord(String foldedWord) {
    return BY_KEY.containsKey(foldedWord);
  }

  /** Resolves "중국/홍콩" or "China; Hong Kong" to every country it names. */
  public static Set<String> allIn(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    String whole = toIso2(text);
    if (!whole.isEmpty()) {
      return Set.of(whole);
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String part : text.split("[/;|]")) {
      String code = toIso2(part);
      if (!code.isEmpty()) {
        out.add(code);
      }
    }
    return Set.copyOf(out);
  }

  private static String key(String text) {
    String folded = TextFold.fold(text);
    return folded.isEmpty() ? text.strip().toLowerCase(Locale.ROOT) : folded;
  }

  /** Whether a name is written in Latin letters only; other scripts are looked up as written, without folding. */
  private static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c) && c >= 0x250) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> buildIndex() {
    Map<String, String> index = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      String iso2 = code.toLowerCase(Locale.ROOT);
      index.put(iso2, iso2);
      try {
        index.put(country.getISO3Country().toLowerCase(Locale.ROOT), iso2);
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 for this code
      }
      for (Locale language : LANGUAGES) {
        String name = country.getDisplayCountry(language);
        if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
          index.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), iso2);
          if (isLatin(name)) {
            index.putIfAbsent(key(name), iso2);
          }
        }
      }
    }
    for (String[] row : ResourceTables.read(Countries.class, "country-aliases.tsv", 2, "alias<TAB>iso2")) {
      if (row[1].length() != 2) {
        throw new IllegalStateException("country-aliases.tsv: '" + row[1] + "' is not an alpha-2 code");
      }
      String iso2 = row[1].toLowerCase(Locale.ROOT);
      index.put(row[0].toLowerCase(Locale.ROOT), iso2);
      if (isLatin(row[0])) {
        index.put(key(row[0]), iso2);
      }
    }
    return Map.copyOf(index);
  }
}

package org.chokepoint.reports.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.io.ResourceTables;

/** The word tables extraction reads: places, titles, organisation words, goods terms and end uses. */
final class Lexicon {
  static final Map<String, String> PLACES = places();
  static final Set<String> TITLES = words("titles.txt");
  static final Set<String> ORG_WORDS = words("org-words.txt");
  static final Map<String, String[]> GOODS_TERMS = table("goods-terms.tsv", 3);
  static final Map<String, String[]> END_USES = table("end-uses.tsv", 2);

  private Lexicon() {}

  /** Country names in English (JDK locale data and the core alias table) plus {@code places.tsv}, to ISO codes. */
  private static Map<String, String> places() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      if (name.length() > 3 && !name.equals(code)) {
        out.put(name, code.toLowerCase(Locale.ROOT));
      }
    }
    for (String alias : new String[] {"Russia", "Russian Federation", "Turkey", "Türkiye", "Iran", "North Korea",
        "South Korea", "Syria", "Vietnam", "Laos", "Moldova", "Taiwan", "Kosovo", "Belarus", "Kyrgyzstan",
        "United States of America", "People's Republic of China", "People’s Republic of China", "Burma",
        "Czech Republic", "the Netherlands", "Ivory Coast", "Great Britain"}) {
      String code = Countries.toIso2(alias.replace("’", "'"));
      if (!code.isEmpty()) {
        out.put(alias, code);
      }
    }
    for (String[] row : ResourceTables.read(Lexicon.class, "places.tsv", 2, "word<TAB>ISO code")) {
      out.put(row[0], row[1]);
    }
    out.putIfAbsent("People's Republic of China", "cn");
    out.putIfAbsent("People’s Republic of China", "cn");
    return Map.copyOf(out);
  }

  private static Map<String, String[]> table(String name, int columns) {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String[] row : ResourceTables.read(Lexicon.class, name, columns, name + " layout")) {
      out.put(row[0], row);
    }
    return Map.copyOf(out);
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}

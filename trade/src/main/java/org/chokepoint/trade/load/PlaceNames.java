package org.chokepoint.trade.load;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Place names in many languages to codes, from general knowledge rather than the files at hand: every territory's
 * and every M49 grouping's display name in the languages of ICU's CLDR data listed in {@link #LANGUAGES} (long and
 * short forms: "Hong Kong SAR China" and "Hong Kong", "Северные Марианские о-ва"), compared on a key that ignores
 * case, accents, punctuation, articles and words like "Islands"/"Îles"/"острова" and "Saint"/"St.", and names
 * missing from CLDR that statistics offices use (historical names, Eurostat's French labels, the country groups of
 * national statistics). A name that matches no key exactly is matched when it contains a known name's words (the
 * longest one, when only one place has it), or differs from one by one letter (a name damaged in transit,
 * "Saint-Barth?lemy").
 */
final class PlaceNames {
  /** Languages whose CLDR names are indexed. */
  static final List<String> LANGUAGES = List.of("en", "fr", "ru", "de", "es", "it", "pt", "nl", "pl", "tr", "uk",
      "hy", "kk", "uz", "ky", "ka", "az", "zh", "ja", "ko", "ar", "fa", "sv", "cs");

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Set<String> STOPWORDS = Set.of("the", "and", "of", "et", "de", "du", "des", "la", "le",
      "les", "l", "d", "islands", "island", "isles", "isle", "iles", "ile", "is", "city", "state", "sar", "i",
      "острова", "остров", "о", "ва", "в", "и", "y", "e", "und", "inseln", "islas", "isla", "ilhas", "isole", "die",
      "el", "los", "das", "der", "special", "administrative", "region", "regiao", "administrativa", "especial",
      "territory", "territories", "incl", "including", "excl");
  private static final Set<String> EXCLUDED = Set.of("EA", "QO", "ZZ", "XA", "XB", "EU", "EZ", "UN");

  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, Set<String>> conflicts = new HashMap<>();

  PlaceNames(Map<String, String> aliases) {
    for (String lang : LANGUAGES) {
      ULocale locale = new ULocale(lang);
      LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_FULL);
      LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
      for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
        String code = r.toString();
        if (EXCLUDED.contains(code)) {
          continue;
        }
        add(full.regionDisplayName(code), code);
        add(shortNames.regionDisplayName(code), code);
      }
      for (Region.RegionType type : List.of(Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT,
          Region.RegionType.WORLD)) {
        for (Region r : Region.getAvailable(type)) {
          String english = LocaleDisplayNames.getInstance(ULocale.ENGLISH).regionDisplayName(r.toString());
          String code = type == Region.RegionType.WORLD ? TradeCountries.WORLD : "AGG-" + english.toUpperCase(
              Locale.ROOT).replaceAll("[^A-Z]+", "-");
          add(full.regionDisplayName(r.toString()), code);
        }
      }
    }
    for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
      if (!EXCLUDED.contains(r.toString())) {
        exact.put(r.toString().toLowerCase(Locale.ROOT), r.toString());
      }
    }
    aliases.forEach((name, code) -> {
      String k = key(name);
      exact.put(k, code);
      conflicts.remove(k);
    });
    conflicts.keySet().forEach(exact::remove);
  }

  private void add(String name, String code) {
    if (name == null || name.isBlank()) {
      return;
    }
    for (String k : keys(name)) {
      if (k.isEmpty() || conflicts.containsKey(k)) {
        continue;
      }
      String had = exact.putIfAbsent(k, code);
      if (had != null && !had.equals(code)) {
        conflicts.computeIfAbsent(k, x -> new HashSet<>()).add(had);
      }
    }
  }

  /** The code for a name, or "" when none is known or it is ambiguous. */
  String code(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    List<String> keys = keys(name);
    for (String k : keys) {
      String hit = exact.get(k);
      if (hit != null) {
        return hit;
      }
    }
    String k = keys.getLast();
    String contained = contained(k);
    if (!contained.isEmpty()) {
      return contained;
    }
    return oneLetterOff(keys.getFirst());
  }

  /** The place whose name's words the key contains, the longest such name, when exactly one place has it. */
  private String contained(String k) {
    Set<String> words = Set.of(k.split(" "));
    int best = 0;
    Set<String> codes = new HashSet<>();
    for (Map.Entry<String, String> e : exact.entrySet()) {
      String name = e.getKey();
      if (name.length() < 4 || name.length() <= best - 1) {
        continue;
      }
      if (words.containsAll(List.of(name.split(" ")))) {
        if (name.length() > best) {
          best = name.length();
          codes.clear();
        }
        codes.add(e.getValue());
      }
    }
    return codes.size() == 1 ? codes.iterator().next() : "";
  }

  /** The place whose key differs from {@code k} by one letter (inserted, deleted or replaced), when only one does. */
  private String oneLetterOff(String k) {
    if (k.length() < 6) {
      return "";
    }
    Set<String> codes = new HashSet<>();
    for (Map.Entry<String, String> e : exact.entrySet()) {
      String name = e.getKey();
      if (Math.abs(name.length() - k.length()) <= 1 && name.length() >= 6 && withinOne(k, name)) {
        codes.add(e.getValue());
      }
    }
    return codes.size() == 1 ? codes.iterator().next() : "";
  }

  private static boolean withinOne(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(
        i + 1));
  }

  /** Keys of a name: with the text in parentheses removed, and with it kept (words only). */
  static List<String> keys(String name) {
    Set<String> out = new LinkedHashSet<>();
    String noParens = name.replaceAll("\\([^)]*\\)?", " ").replaceAll("\\([^)]*\\)", " ");
    out.add(key(noParens));
    out.add(key(name));
    return new ArrayList<>(out);
  }

  /** Lower case, no accents, no punctuation, no articles or island words, "st" as "saint", plurals as singulars. */
  static String key(String name) {
    String t = NFD.normalize(name.toLowerCase(Locale.ROOT)).replaceAll("\\p{M}+", "")
        .replace("о-ва", " ").replace("о-в", " ").replace("&", " and ").replace("ß", "ss");
    StringBuilder out = new StringBuilder();
    for (String w : t.split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOPWORDS.contains(w)) {
        continue;
      }
      if (w.equals("st") || w.equals("san") || w.equals("sankt") || w.equals("sint") || w.equals("sao")) {
        w = "saint";
      } else if (w.equals("ste") || w.equals("santa")) {
        w = "sainte";
      } else if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      out.append(out.isEmpty() ? "" : " ").append(w);
    }
    return out.toString();
  }
}

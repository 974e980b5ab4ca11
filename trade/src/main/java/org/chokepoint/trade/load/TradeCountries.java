package org.chokepoint.trade.load;

import com.ibm.icu.util.Region;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chokepoint.core.country.Countries;

/**
 * Country names and codes in trade files to codes, in three classes kept apart: a place (ISO 3166 alpha-2, or
 * Eurostat's codes for places ISO does not code: XC Ceuta, XL Melilla, XK Kosovo), an aggregate that is never
 * counted as a partner ("WLD" the world, "EU27", "EU" and "EA" other EU and euro-area compositions, "NS" partners not
 * specified, {@code AGG-…} country groups: IMF groups, M49 continents and regions, Extra-/Intra-EU27, the EAEU, the
 * CIS, "non-EU countries"), and what is not a place at all ({@code X-…}: stores and provisions, bunkers, the high
 * seas, free zones). Names are read in many languages and spellings ({@link PlaceNames}: CLDR names in 24 languages,
 * "Russian Federation (Russia)", "Iles Turks-et-Caïcos", "Северные Марианские острова", "SAR-Hong Kong"), as
 * ISO alpha-2 and alpha-3 codes, UN M49 and Comtrade numeric codes.
 */
public final class TradeCountries {
  /** The world total as a partner. */
  public static final String WORLD = "WLD";
  /** The European Union (27) as a reporter or partner. */
  public static final String EU27 = "EU27";
  /** The EU-27 member states, the default exporting bloc of conduit questions. */
  public static final List<String> EU27_MEMBERS = List.of("AT", "BE", "BG", "HR", "CY", "CZ",
      "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI",
      "ES", "SE");
  /** Partners a file does not specify ("Unknown country", "EU countries not specified"). */
  public static final String NOT_SPECIFIED = "NS";

  /** The classes of names. */
  public enum Kind {
    /** A country or territory. */
    PLACE,
    /** A group of places or the world: never a partner of its own. */
    AGGREGATE,
    /** Not a place: stores and provisions, bunkers, the high seas. */
    NOT_A_PLACE,
    /** No place known by this name. */
    UNKNOWN
  }

  /** Whether a code is a single country (ISO alpha-2) rather than an aggregate or unknown. */
  public static boolean isCountry(String code) {
    return kind(code) == Kind.PLACE;
  }

  /** The class of a code as {@link #code} writes it. */
  public static Kind kind(String code) {
    if (code == null || code.isEmpty()) {
      return Kind.UNKNOWN;
    }
    if (code.startsWith("X-")) {
      return Kind.NOT_A_PLACE;
    }
    if (code.length() == 2 && !code.equals("EU") && !code.equals("EA") && !code.equals(NOT_SPECIFIED)) {
      return Kind.PLACE;
    }
    return Kind.AGGREGATE;
  }

  private static final Map<String, String> AGGREGATES = Map.ofEntries(Map.entry("world", WORLD),
      Map.entry("wld", WORLD), Map.entry("w00", WORLD), Map.entry("w", WORLD), Map.entry("0", WORLD),
      Map.entry("all", WORLD), Map.entry("all partners", WORLD), Map.entry("total", WORLD),
      Map.entry("eu27", EU27), Map.entry("eu27_sum", EU27), Map.entry("eu27_2020", EU27), Map.entry("eu", EU27),
      Map.entry("european union", EU27), Map.entry("european union (27)", EU27), Map.entry("eu-27", EU27),
      Map.entry("g001", WORLD));

  /**
   * Names CLDR does not have, as statistics offices write them: historical and official names, Eurostat's special
   * partners (in English and French), Comtrade's special areas, IMF's codes, and the country groups of national
   * statistics (EAEU, CIS, SCO, continents as Armstat and the CIS offices name them).
   */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("Republic of Korea", "KR"), Map.entry("Eastern Samoa", "AS"),
      Map.entry("Netherlands Antilles", "AN"), Map.entry("Antilles néerlandaises", "AN"),
      Map.entry("Ceuta", "XC"), Map.entry("Melilla", "XL"), Map.entry("Ceuta and Melilla", "XC"),
      Map.entry("Bonaire, Sint Eustatius and Saba", "BQ"), Map.entry("Bonaire, Saint-Eustache et Saba", "BQ"),
      Map.entry("Bonaire", "BQ"), Map.entry("Saint-Christophe-et-Nevis", "KN"), Map.entry("Saint Kitts", "KN"),
      Map.entry("West Bank and Gaza", "PS"), Map.entry("WBG", "PS"), Map.entry("Occupied Palestinian Territory", "PS"),
      Map.entry("Nagorno-Karabakh", "XN"), Map.entry("Nagorno Karabagh", "XN"), Map.entry("Artsakh", "XN"),
      Map.entry("Serbia and Montenegro", "CS"), Map.entry("Yugoslavia", "YU"), Map.entry("USSR", "SU"),
      Map.entry("Soviet Union", "SU"), Map.entry("Czechoslovakia", "CS"), Map.entry("East Timor", "TL"),
      Map.entry("Burma", "MM"), Map.entry("Swaziland", "SZ"), Map.entry("Zaire", "CD"),
      Map.entry("Extra-EU27 (from 2020)", "AGG-EXTRA-EU27"), Map.entry("Extra-UE27 (à partir de 2020)", "AGG-EXTRA-EU27"),
      Map.entry("Extra-EU27", "AGG-EXTRA-EU27"), Map.entry("Extra-EU", "AGG-EXTRA-EU27"),
      Map.entry("Intra-EU27 (from 2020)", "AGG-INTRA-EU27"), Map.entry("Intra-UE27 (à partir de 2020)", "AGG-INTRA-EU27"),
      Map.entry("Intra-EU27", "AGG-INTRA-EU27"), Map.entry("Intra-EU", "AGG-INTRA-EU27"),
      Map.entry("Eurasian Economic Union", "AGG-EAEU"), Map.entry("EAEU", "AGG-EAEU"), Map.entry("ЕАЭС", "AGG-EAEU"),
      Map.entry("Евразийский экономический союз", "AGG-EAEU"), Map.entry("Non-EAEU countries", "AGG-NON-EAEU"),
      Map.entry("Страны вне ЕАЭС", "AGG-NON-EAEU"),
      Map.entry("Commonwealth of Independent States", "AGG-CIS"), Map.entry("CIS", "AGG-CIS"), Map.entry("СНГ", "AGG-CIS"),
      Map.entry("CIS countries", "AGG-CIS"), Map.entry("Страны СНГ", "AGG-CIS"),
      Map.entry("Non-CIS countries", "AGG-NON-CIS"), Map.entry("Страны дальнего зарубежья", "AGG-NON-CIS"),
      Map.entry("Non-EU countries", "AGG-NON-EU"), Map.entry("Third countries", "AGG-NON-EU"),
      Map.entry("EU countries", EU27), Map.entry("Shanghai Cooperation Organisation", "AGG-SCO"),
      Map.entry("Shanghai Cooperation Organization", "AGG-SCO"),
      Map.entry("Australia and Oceania", "AGG-OCEANIA"), Map.entry("America", "AGG-AMERICAS"),
      Map.entry("Rest of the world", "AGG-REST-OF-WORLD"), Map.entry("Other countries", NOT_SPECIFIED),
      Map.entry("Areas, nes", NOT_SPECIFIED), Map.entry("Areas not elsewhere specified", NOT_SPECIFIED),
      Map.entry("Stores and provisions", "X-STORES"), Map.entry("Avitaillement et soutage", "X-STORES"),
      Map.entry("Ship stores and aircraft supplies", "X-STORES"), Map.entry("Bunkers", "X-BUNKERS"),
      Map.entry("High seas", "X-HIGH-SEAS"), Map.entry("Haute mer", "X-HIGH-SEAS"),
      Map.entry("Free zones", "X-FREE-ZONES"), Map.entry("Special categories", "X-SPECIAL-CATEGORIES"));

  /** Comtrade's own numeric codes where they differ from M49, and its special areas. */
  private static final Map<Integer, String> COMTRADE = Map.ofEntries(Map.entry(842, "US"), Map.entry(251, "FR"),
      Map.entry(757, "CH"), Map.entry(699, "IN"), Map.entry(579, "NO"), Map.entry(490, "TW"), Map.entry(711, "ZA"),
      Map.entry(58, "BE"), Map.entry(97, EU27), Map.entry(899, NOT_SPECIFIED), Map.entry(837, "X-BUNKERS"),
      Map.entry(838, "X-FREE-ZONES"), Map.entry(839, "X-SPECIAL-CATEGORIES"), Map.entry(568, NOT_SPECIFIED),
      Map.entry(577, NOT_SPECIFIED), Map.entry(636, NOT_SPECIFIED), Map.entry(527, NOT_SPECIFIED),
      Map.entry(473, NOT_SPECIFIED), Map.entry(637, NOT_SPECIFIED), Map.entry(879, NOT_SPECIFIED),
      Map.entry(536, "X-NEUTRAL-ZONE"), Map.entry(890, "YU"), Map.entry(891, "CS"), Map.entry(810, "SU"),
      Map.entry(200, "CS"), Map.entry(530, "AN"), Map.entry(532, "AN"));

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static volatile PlaceNames places;

  private TradeCountries() {}

  /** The code for a name or code in a trade file, or "" when it names nothing known (the caller lists it). */
  public static String code(String raw) {
    if (raw == null) {
      return "";
    }
    return CACHE.computeIfAbsent(raw, TradeCountries::resolve);
  }

  private static String resolve(String raw) {
    String t = raw.strip();
    if (t.isEmpty()) {
      return "";
    }
    String lower = t.toLowerCase(Locale.ROOT);
    String aggregate = AGGREGATES.get(lower);
    if (aggregate != null) {
      return aggregate;
    }
    if (t.matches("(?:G|GX|TX)\\d{3}")) {
      return t.equals("G998") ? EU27 : "AGG-" + t;
    }
    if (lower.startsWith("european union - 27") || lower.startsWith("european union (27")) {
      return EU27;
    }
    if (lower.startsWith("european union")) {
      return "EU";
    }
    if (lower.startsWith("euro area")) {
      return "EA";
    }
    if (lower.startsWith("stores and provisions") || lower.startsWith("avitaillement")) {
      return "X-STORES";
    }
    if (lower.contains("not specified") || lower.contains("non déterminés") || lower.contains("non précisés")
        || lower.contains("non spécifiés") || lower.equals("unknown country") || lower.equals("other countries")
        || lower.contains(" nes") && lower.matches(".*\\bnes\\b.*")) {
      return NOT_SPECIFIED;
    }
    String alias = aliases().get(PlaceNames.key(t));
    if (alias != null) {
      return alias;
    }
    if (t.chars().allMatch(Character::isDigit) && t.length() <= 3) {
      int n = Integer.parseInt(t);
      String comtrade = COMTRADE.get(n);
      if (comtrade != null) {
        return comtrade;
      }
      try {
        Region r = Region.getInstance(n);
        return r.getType() == Region.RegionType.TERRITORY ? r.toString() : "";
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    String iso = Countries.toIso2(t);
    if (iso.isEmpty() && lower.startsWith("saint ")) {
      iso = Countries.toIso2("St. " + t.substring(6));
    }
    if (iso.isEmpty() && lower.startsWith("the ")) {
      iso = Countries.toIso2(t.substring(4));
    }
    if (iso.isEmpty() && t.contains(",")) {
      int comma = t.indexOf(',');
      iso = Countries.toIso2(t.substring(comma + 1).strip() + " " + t.substring(0, comma).strip());
      iso = iso.isEmpty() ? Countries.toIso2(t.substring(0, comma)) : iso;
    }
    if (!iso.isEmpty() && !iso.equalsIgnoreCase("EU") && !iso.equalsIgnoreCase("EA")) {
      return iso.toUpperCase(Locale.ROOT);
    }
    return places().code(t);
  }

  private static volatile Map<String, String> aliasKeys;

  private static Map<String, String> aliases() {
    Map<String, String> a = aliasKeys;
    if (a == null) {
      Map<String, String> m = new java.util.HashMap<>();
      ALIASES.forEach((name, code) -> m.put(PlaceNames.key(name), code));
      a = Map.copyOf(m);
      aliasKeys = a;
    }
    return a;
  }

  private static PlaceNames places() {
    PlaceNames p = places;
    if (p == null) {
      synchronized (TradeCountries.class) {
        p = places;
        if (p == null) {
          p = new PlaceNames(ALIASES);
          places = p;
        }
      }
    }
    return p;
  }
}

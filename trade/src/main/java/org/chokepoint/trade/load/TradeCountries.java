package org.chokepoint.trade.load;

import com.ibm.icu.util.Region;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.core.country.Countries;

/**
 * Country names and codes in trade files to ISO 3166 alpha-2 (upper case): names in many languages and spellings
 * ("Russian Federation (Russia)", "Belorussia", "Türkiye"), ISO alpha-2 and alpha-3 codes, UN M49 and Comtrade numeric
 * codes. Aggregates stay aggregates: "WLD" for the world, "EU27" for the European Union, "EU" and "EA" for other
 * compositions, "NS" for partners not specified, "AGG-G110" for IMF country groups.
 */
public final class TradeCountries {
  /** The world total as a partner. */
  public static final String WORLD = "WLD";
  /** The European Union (27) as a reporter or partner. */
  public static final String EU27 = "EU27";
  /** The EU-27 member states, the default exporting bloc of conduit questions. */
  public static final java.util.List<String> EU27_MEMBERS = java.util.List.of("AT", "BE", "BG", "HR", "CY", "CZ",
      "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI",
      "ES", "SE");
  /** Partners a file does not specify ("Unknown country", "EU countries not specified"). */
  public static final String NOT_SPECIFIED = "NS";

  /** Whether a code is a single country (ISO alpha-2) rather than an aggregate or unknown. */
  public static boolean isCountry(String code) {
    return code.length() == 2 && !code.equals("EU") && !code.equals("EA") && !code.equals(NOT_SPECIFIED);
  }

  private static final Map<String, String> AGGREGATES = Map.ofEntries(Map.entry("world", WORLD),
      Map.entry("wld", WORLD), Map.entry("w00", WORLD), Map.entry("w", WORLD), Map.entry("0", WORLD),
      Map.entry("all", WORLD), Map.entry("all partners", WORLD), Map.entry("total", WORLD),
      Map.entry("eu27", EU27), Map.entry("eu27_sum", EU27), Map.entry("eu27_2020", EU27), Map.entry("eu", EU27),
      Map.entry("european union", EU27), Map.entry("european union (27)", EU27), Map.entry("eu-27", EU27),
      Map.entry("g001", WORLD));
  /** Comtrade's own numeric codes where they differ from M49. */
  private static final Map<Integer, String> COMTRADE = Map.of(842, "US", 251, "FR", 757, "CH", 699, "IN", 579, "NO",
      490, "TW", 711, "ZA", 58, "BE");

  private TradeCountries() {}

  /** The code for a name or code in a trade file, or "" when it names nothing known (the caller lists it). */
  public static String code(String raw) {
    if (raw == null) {
      return "";
    }
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
    if (lower.contains("not specified") || lower.equals("unknown country") || lower.equals("other countries")) {
      return NOT_SPECIFIED;
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
    if (iso.isEmpty() && t.contains(",")) {
      int comma = t.indexOf(',');
      iso = Countries.toIso2(t.substring(comma + 1).strip() + " " + t.substring(0, comma).strip());
      iso = iso.isEmpty() ? Countries.toIso2(t.substring(0, comma)) : iso;
    }
    return iso.toUpperCase(Locale.ROOT);
  }
}

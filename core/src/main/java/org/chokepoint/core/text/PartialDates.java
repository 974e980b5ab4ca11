package org.chokepoint.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats lists use ("10 Dec 1948", "17.3.2014", "29/06/2012", "1952-10-07", "circa 1960", "1960")
 * into ISO 8601 with the precision the source has: "1948-12-10", "1952-10" or "1960". Unreadable text gives "".
 */
public final class PartialDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern D_MON_Y = Pattern.compile("(?:(\\d{1,2}) )?([A-Za-z]{3})[a-z]*\\.? (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  private PartialDates() {}

  /** Parses {@code text}; returns "" when no date can be read. */
  public static String parse(String text) {
    if (text == null) {
      return "";
    }
    String s = text.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = DMY.matcher(s);
    if (m.matches()) {
      return iso(m.group(3), m.group(2), m.group(1));
    }
    m = D_MON_Y.matcher(s);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return iso(m.group(3), String.valueOf(month), m.group(1));
      }
    }
    m = YEAR.matcher(s);
    return m.find() ? m.group(1) : "";
  }

  private static String iso(String year, String month, String day) {
    if (month == null || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
      return year;
    }
    String ym = year + "-" + pad(month);
    if (day == null || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
      return ym;
    }
    return ym + "-" + pad(day);
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /** Whether two partial dates can describe the same day: equal on the precision both share. */
  public static boolean compatible(String a, String b) {
    int n = Math.min(a.length(), b.length());
    return n > 0 && a.regionMatches(0, b, 0, n);
  }
}

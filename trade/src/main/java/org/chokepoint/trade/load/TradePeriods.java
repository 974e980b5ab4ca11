package org.chokepoint.trade.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as trade files write them: "2023", "Y2019", "Jan.-Dec. 2019", "201952-Jan.-Dec. 2019", "2023-04", "202304", "2023M04", "2023-04-01", "Aug. 2024",
 * "201901-Jan. 2019", "2023-Q4", "2023Q4".
 */
public final class TradePeriods {
  /** A parsed period: its frequency, canonical label and month range (yyyymm). */
  public record Parsed(String freq, String label, int monthFrom, int monthTo) {
    public int year() {
      return monthFrom / 100;
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?:Y|Jan\\.?-Dec\\.? )?((?:19|20)\\d{2})(?:52-.*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile("((?:19|20)\\d{2})(?:-|M|/)?(0[1-9]|1[0-2])(?:-\\d{2})?"
      + "(?:-\\p{L}{3}\\.? (?:19|20)\\d{2})?");
  private static final Pattern QUARTER = Pattern.compile("((?:19|20)\\d{2})[- ]?Q([1-4])", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED = Pattern.compile("(\\p{L}{3,9})\\.?\\s+((?:19|20)\\d{2})");
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};

  private TradePeriods() {}

  /** The period, or null when the text is no period this knows. */
  public static Parsed parse(String raw) {
    if (raw == null) {
      return null;
    }
    String t = raw.strip();
    Matcher m = YEAR.matcher(t);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      return new Parsed("A", String.valueOf(y), y * 100 + 1, y * 100 + 12);
    }
    m = MONTH.matcher(t);
    if (m.matches()) {
      return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = QUARTER.matcher(t);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      int q = Integer.parseInt(m.group(2));
      return new Parsed("Q", y + "-Q" + q, y * 100 + q * 3 - 2, y * 100 + q * 3);
    }
    m = NAMED.matcher(t);
    if (m.matches()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      for (int i = 0; i < 12; i++) {
        if (name.startsWith(MONTHS[i])) {
          return month(Integer.parseInt(m.group(2)), i + 1);
        }
      }
    }
    return null;
  }

  /** A month. */
  public static Parsed month(int year, int month) {
    return new Parsed("M", String.format(Locale.ROOT, "%d-%02d", year, month), year * 100 + month,
        year * 100 + month);
  }

  /**
   * A user's period range as months (yyyymm): {@code from} read as its first month, {@code to} as its last; throws
   * when either is no period or {@code from} is later than {@code to}.
   */
  public static int[] range(String from, String to) {
    int a = bound(from, true);
    int b = bound(to, false);
    if (a > b) {
      throw new IllegalArgumentException("'from' (" + from.strip() + ") is later than 'to' (" + to.strip() + ")");
    }
    return new int[] {a, b};
  }

  /**
   * The first month after an event: "2022-02-24" → 202203 (the month of the event is before it, unless the event
   * is on the 1st), or the month given ("2022-03" → 202203).
   */
  public static int firstMonthAfter(String date) {
    String d = date.strip();
    if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      int month = bound(d.substring(0, 7), true);
      int day = Integer.parseInt(d.substring(8));
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("not a date: '" + date + "'");
      }
      if (day == 1) {
        return month;
      }
      int next = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
      return next;
    }
    return bound(d, true);
  }

  /** Reads a user's bound: "2023" → its first or last month, "2023-04", "2023-Q4". */
  public static int bound(String text, boolean start) {
    Parsed p = parse(text);
    if (p == null) {
      throw new IllegalArgumentException("not a period: '" + text + "' (use 2023, 2023-04 or 2023-Q4)");
    }
    return start ? p.monthFrom() : p.monthTo();
  }
}

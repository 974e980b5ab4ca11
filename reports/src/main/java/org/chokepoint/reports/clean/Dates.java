package org.chokepoint.reports.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates as news sites and press releases write them ("Fri. Jul 12th, 2024", "10 April 2024", ISO). */
public final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + WEEKDAY + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile("\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+"
      + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+Z-]*)?");

  private Dates() {}

  /** The ISO date when {@code text} is a date and nothing much else (a dateline), else empty. */
  public static Optional<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    Optional<Found> found = find(t);
    return found.filter(f -> t.length() - (f.end() - f.start()) <= 3).map(Found::iso);
  }

  /** A date found inside text, with where it is. */
  public record Found(String iso, int start, int end) {}

  /** The first date written in {@code text}. */
  public static Optional<Found> find(String text) {
    Found best = null;
    Matcher m = MONTH_FIRST.matcher(text);
    if (m.find()) {
      best = make(m.group(3), m.group(1), m.group(2), m.start(), m.end());
    }
    m = DAY_FIRST.matcher(text);
    if (m.find() && (best == null || m.start() < best.start())) {
      Found f = make(m.group(3), m.group(2), m.group(1), m.start(), m.end());
      best = f == null ? best : f;
    }
    m = ISO.matcher(text);
    if (m.find() && (best == null || m.start() < best.start())) {
      try {
        best = new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))).toString(), m.start(), m.end());
      } catch (DateTimeException e) {
        // not a calendar date: keep what was found before
      }
    }
    return Optional.ofNullable(best);
  }

  /** The month number (1–12) for an English month name or abbreviation, or 0. */
  public static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return key.length() < 3 ? 0 : MONTHS.getOrDefault(key.substring(0, 3), 0);
  }

  private static Found make(String year, String month, String day, int start, int end) {
    try {
      return new Found(LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day)).toString(), start,
          end);
    } catch (DateTimeException e) {
      return null;
    }
  }
}

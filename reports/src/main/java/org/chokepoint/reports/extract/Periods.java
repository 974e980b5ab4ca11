package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.reports.clean.Dates;

/**
 * Reads the periods reports give figures ("late 2023", "the final quarter of 2023", "Q4 2023", "in 2023", "last
 * year") into month ranges, resolving relative ones against the publication date when it is known.
 */
final class Periods {
  /** A period found in text. */
  record Found(Period period, int start, int end) {}

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern PART = Pattern.compile("\\b(late|early|mid)[\\s-]" + YEAR + "\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUARTER = Pattern.compile("\\b(?:the\\s+)?(first|second|third|fourth|final|last)"
      + "\\s+quarter\\s+(?:of\\s+)?" + YEAR + "\\b|\\bQ([1-4])[\\s-]*" + YEAR + "\\b|\\b" + YEAR + "[\\s-]*Q([1-4])\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HALF = Pattern.compile("\\b(?:the\\s+)?(first|second)\\s+half\\s+(?:of\\s+)?" + YEAR
      + "\\b|\\bH([12])[\\s-]*" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
      + "|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+" + YEAR + "\\b");
  private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|during|for|of|since|by|through|throughout)\\s+"
      + "(?:the\\s+(?:whole|full|entire)\\s+(?:year\\s+)?(?:of\\s+)?)?" + YEAR + "\\b(?![\\s-]*Q[1-4])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("\\b(last|this|the previous|the past|previous)\\s+year\\b",
      Pattern.CASE_INSENSITIVE);

  private Periods() {}

  /** Every period written between {@code from} and {@code to}, in order; overlapping readings keep the longest. */
  static List<Found> find(String text, int from, int to, String published) {
    List<Found> all = new ArrayList<>();
    Matcher m = PART.matcher(text).region(from, to);
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      String part = m.group(1).toLowerCase(Locale.ROOT);
      int[] months = switch (part) {
        case "early" -> new int[] {1, 4};
        case "mid" -> new int[] {5, 8};
        default -> new int[] {9, 12};
      };
      all.add(found(year + "-" + part, m, year, months[0], year, months[1]));
    }
    m = QUARTER.matcher(text).region(from, to);
    while (m.find()) {
      int q;
      int year;
      if (m.group(1) != null) {
        q = switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "first" -> 1;
          case "second" -> 2;
          case "third" -> 3;
          default -> 4;
        };
        year = Integer.parseInt(m.group(2));
      } else if (m.group(3) != null) {
        q = Integer.parseInt(m.group(3));
        year = Integer.parseInt(m.group(4));
      } else {
        q = Integer.parseInt(m.group(6));
        year = Integer.parseInt(m.group(5));
      }
      all.add(found(year + "-Q" + q, m, year, q * 3 - 2, year, q * 3));
    }
    m = HALF.matcher(text).region(from, to);
    while (m.find()) {
      int h = m.group(1) != null ? (m.group(1).equalsIgnoreCase("first") ? 1 : 2) : Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
      all.add(found(year + "-H" + h, m, year, h * 6 - 5, year, h * 6));
    }
    m = MONTH.matcher(text).region(from, to);
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      int month = Dates.month(m.group(1).replace(".", ""));
      all.add(found(String.format(Locale.ROOT, "%d-%02d", year, month), m, year, month, year, month));
    }
    m = IN_YEAR.matcher(text).region(from, to);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      all.add(new Found(new Period(String.valueOf(year), m.group(1), year + "-01", year + "-12"), m.start(1),
          m.end(1)));
    }
    m = RELATIVE.matcher(text).region(from, to);
    while (m.find()) {
      boolean last = !m.group(1).equalsIgnoreCase("this");
      if (published.length() >= 4) {
        int year = Integer.parseInt(published.substring(0, 4)) - (last ? 1 : 0);
        all.add(new Found(new Period(String.valueOf(year), m.group(), year + "-01", year + "-12"), m.start(),
            m.end()));
      } else {
        all.add(new Found(new Period("", m.group(), "", ""), m.start(), m.end()));
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    List<Found> out = new ArrayList<>();
    for (Found f : all) {
      if (out.isEmpty() || f.start() >= out.getLast().end()) {
        out.add(f);
      }
    }
    return out;
  }

  private static Found found(String label, Matcher m, int y1, int m1, int y2, int m2) {
    return new Found(new Period(label, m.group().strip(), String.format(Locale.ROOT, "%d-%02d", y1, m1),
        String.format(Locale.ROOT, "%d-%02d", y2, m2)), m.start(), m.end());
  }
}

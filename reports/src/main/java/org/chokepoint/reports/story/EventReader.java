package org.chokepoint.reports.story;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.clean.Dates;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;

/**
 * Reads a report's event from its headline and lead (the first paragraphs, where news and releases say who did what
 * and when): the date from datelines and dates in the lead, with relative ones ("on Wednesday", "yesterday",
 * "April 12", "11月2日") resolved against the publication date by calendar arithmetic; the action from the verbs of
 * the genre; the actor from the first country or bloc the lead names.
 */
public final class EventReader {
  private static final int LEAD_PARAGRAPHS = 3;
  private static final int MAX_LEAD_CHARS = 2000;
  private static final int MAX_DAYS_BEFORE_PUBLICATION = 45;
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*"
      + "\\d{4})|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b(?!,?\\s*\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this|since|from)\\s+(monday|tuesday|wednesday"
      + "|thursday|friday|saturday|sunday)\\b|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*"
      + "\\((?:\\w+\\s+)?\\d", Pattern.CASE_INSENSITIVE);
  private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|today|earlier\\s+today)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CJK_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern RU_DATE = Pattern.compile("(\\d{1,2})\\s+(января|февраля|марта|апреля|мая|июня|июля"
      + "|августа|сентября|октября|ноября|декабря)(?:\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Map<String, Integer> RU_MONTHS = Map.ofEntries(Map.entry("января", 1),
      Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4), Map.entry("мая", 5),
      Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8), Map.entry("сентября", 9),
      Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12));
  /** Action words, most specific first: the first class whose words the headline (else the lead) uses wins. */
  private static final List<Map.Entry<String, Pattern>> ACTIONS = List.of(
      Map.entry("response", Pattern.compile("\\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|rebuk\\w*|oppos(?:e|es|ed)"
          + "|slams?|blasts?|firm\\s+response|hits?\\s+back|protest\\w*|retaliat\\w*|respond\\w*|arrogance"
          + "|countermeasures?)\\b|回应|反对|驳斥|против|ответ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
      Map.entry("penalty", Pattern.compile("\\b(?:penalt(?:y|ies)|fined?|settle(?:s|d|ment)|plead\\w*\\s+guilty"
          + "|indict\\w*|charged|convicted)\\b", Pattern.CASE_INSENSITIVE)),
      Map.entry("listing", Pattern.compile("\\bentity\\s+list\\b|\\badds?\\s+(?:\\w+\\s+){0,3}(?:entities|companies)"
          + "|实体清单", Pattern.CASE_INSENSITIVE)),
      Map.entry("sanction", Pattern.compile("\\b(?:sanction(?:s|ed|ing)?|designat(?:es|ed|ing|ions?)|blacklist\\w*"
          + "|(?:\\d+\\w*|fresh|new|latest)\\s+package|asset\\s+freeze|export\\s+bans?)\\b|制裁|санкци",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
      Map.entry("ban", Pattern.compile("\\b(?:ban(?:s|ned)?|prohibit\\w*)\\b", Pattern.CASE_INSENSITIVE)),
      Map.entry("disclosure", Pattern.compile("\\b(?:intelligence|assessments?|investigation|analysis|estimates?"
          + "|findings?|finds|found|reveals?|data\\s+shows?|report(?:s|ed)?\\s+(?:that|by|from)|study)\\b",
          Pattern.CASE_INSENSITIVE)),
      Map.entry("statement", Pattern.compile("\\b(?:warn(?:s|ed|ing)?|communiqu\\w*|statement|calls?\\s+on|urg(?:es|ed)"
          + "|press\\s+(?:conference|availability|briefing)|remarks|says|said)\\b", Pattern.CASE_INSENSITIVE)));

  private EventReader() {}

  /** The event of a processed document. */
  public static ReportEvent read(ReportDocument d) {
    if (!d.ok()) {
      return ReportEvent.UNKNOWN;
    }
    String[] paragraphs = d.text().split("\n\n");
    StringBuilder lead = new StringBuilder();
    for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.length); i++) {
      lead.append(paragraphs[i]).append('\n');
    }
    String leadText = lead.length() > MAX_LEAD_CHARS ? lead.substring(0, MAX_LEAD_CHARS) : lead.toString();
    String title = d.title().replaceAll("\\s*\\(title inferred\\)$", "");
    String reference = d.published();
    if (reference.isEmpty()) {
      reference = latestYear(d);
    }
    String date = date(title + "\n" + leadText, reference);
    String action = action(title);
    if (action.isEmpty()) {
      action = action(leadText);
    }
    return new ReportEvent(date, action, actor(d, leadText.length()));
  }

  /** The event date: the first date in the lead on or shortly before publication, else the publication date. */
  static String date(String lead, String published) {
    LocalDate pub = published.length() == 10 ? LocalDate.parse(published) : null;
    int year = published.length() >= 4 ? Integer.parseInt(published.substring(0, 4)) : -1;
    List<int[]> found = new ArrayList<>();
    List<String> values = new ArrayList<>();
    int from = 0;
    while (from < lead.length()) {
      var f = Dates.find(lead.substring(from));
      if (f.isEmpty()) {
        break;
      }
      found.add(new int[] {from + f.get().start()});
      values.add(f.get().iso());
      from += f.get().end();
    }
    Matcher m = MONTH_DAY.matcher(lead);
    while (m.find() && year > 0) {
      String month = m.group(1) != null ? m.group(1) : m.group(4);
      String day = m.group(1) != null ? m.group(2) : m.group(3);
      LocalDate d = of(year, Dates.month(month), Integer.parseInt(day));
      if (d != null && pub != null && d.isAfter(pub)) {
        d = of(year - 1, Dates.month(month), Integer.parseInt(day));
      }
      add(found, values, m.start(), d);
    }
    m = CJK_DATE.matcher(lead);
    while (m.find()) {
      int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
      if (y > 0) {
        add(found, values, m.start(), of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
    }
    m = RU_DATE.matcher(lead);
    while (m.find()) {
      int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : year;
      if (y > 0) {
        add(found, values, m.start(), of(y, RU_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
            Integer.parseInt(m.group(1))));
      }
    }
    if (pub != null) {
      m = WEEKDAY.matcher(lead);
      while (m.find()) {
        String day = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
        LocalDate d = pub;
        while (d.getDayOfWeek() != DayOfWeek.valueOf(day)) {
          d = d.minusDays(1);
        }
        add(found, values, m.start(), d);
      }
      m = YESTERDAY.matcher(lead);
      while (m.find()) {
        add(found, values, m.start(), m.group(1).equalsIgnoreCase("yesterday") ? pub.minusDays(1) : pub);
      }
    }
    String best = "";
    int bestAt = Integer.MAX_VALUE;
    for (int i = 0; i < found.size(); i++) {
      String v = values.get(i);
      if (found.get(i)[0] >= bestAt) {
        continue;
      }
      if (pub != null) {
        LocalDate d = LocalDate.parse(v);
        long before = ChronoUnit.DAYS.between(d, pub);
        if (before < 0 || before > MAX_DAYS_BEFORE_PUBLICATION) {
          continue;
        }
      } else if (!published.isEmpty() && !v.startsWith(published)) {
        continue;
      }
      best = v;
      bestAt = found.get(i)[0];
    }
    return best.isEmpty() ? published : best;
  }

  /**
   * For an undated report, the year of the latest date in its removed captions and datelines: a photo's date is a
   * lower bound of publication, and the year is what month-day dates in the lead need.
   */
  private static String latestYear(ReportDocument d) {
    String latest = latestRemovedDate(d);
    return latest.isEmpty() ? "" : latest.substring(0, 4);
  }

  /** The latest full date written in the lines cleaning removed (captions, datelines), "" when none. */
  public static String latestRemovedDate(ReportDocument d) {
    String latest = "";
    for (var r : d.removed()) {
      var f = Dates.find(r.text());
      if (f.isPresent() && f.get().iso().compareTo(latest) > 0) {
        latest = f.get().iso();
      }
    }
    return latest;
  }

  private static void add(List<int[]> found, List<String> values, int at, LocalDate d) {
    if (d != null) {
      found.add(new int[] {at});
      values.add(d.toString());
    }
  }

  private static LocalDate of(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String action(String text) {
    for (Map.Entry<String, Pattern> a : ACTIONS) {
      if (a.getValue().matcher(text).find()) {
        return a.getKey();
      }
    }
    return "";
  }

  private static String actor(ReportDocument d, int leadLength) {
    for (EntityMention e : d.extraction().entities()) {
      if (e.start() > leadLength) {
        break;
      }
      if (e.type() == EntityType.COUNTRY) {
        return e.id();
      }
      if (!e.country().isEmpty()) {
        return e.country();
      }
    }
    return "";
  }
}

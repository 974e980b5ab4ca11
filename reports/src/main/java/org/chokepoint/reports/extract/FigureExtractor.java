package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.core.text.NumberWords;

/**
 * Finds percentages, money and counts in a sentence, written as digits or words ("Seventy percent", "70 per cent",
 * "$900m (£723m)", "five of the eleven entities"), with the qualifier before them, what they measure and the period.
 */
final class FigureExtractor {
  private static final String QUALIFIER = "(?:(over|more\\s+than|greater\\s+than|well\\s+over|above|exceeding"
      + "|upwards?\\s+of|in\\s+excess\\s+of|as\\s+many\\s+as|practically|virtually|a\\s+total\\s+of"
      + "|at\\s+least|nearly|almost|close\\s+to|just\\s+under|less\\s+than|under|fewer\\s+than|up\\s+to|roughly"
      + "|about|around|approximately|approx\\.|some|an\\s+estimated|estimated|~)\\s*)?";
  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?|" + NumberWords.WORDS + ")";
  private static final String SCALE = "(thousand|million|billion|trillion|mln|bln|mn|bn|tn|m|b|k)";
  private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\d$£€.,])" + QUALIFIER + NUMBER
      + "\\s*(?:%|per\\s*cent\\b|percent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY = Pattern.compile("(?<![\\p{L}\\d])" + QUALIFIER
      + "(US\\$|\\$|£|€|¥|₽|USD\\s?|EUR\\s?|GBP\\s?|RUB\\s?|CNY\\s?)" + NUMBER + "(?:\\s*" + SCALE + "\\b)?"
      + "|(?<![\\p{L}\\d$£€])" + QUALIFIER + NUMBER + "(?:\\s*" + SCALE + ")?\\s+(dollars|euros|pounds|roubles"
      + "|rubles|yuan)\\b", Pattern.CASE_INSENSITIVE);
  private static final String COUNT_NOUNS = "entities|entity|companies|company|firms|individuals|people|persons"
      + "|addresses|vessels|ships|tankers|aircraft|banks|organi[sz]ations|suppliers|networks|items|precursors|parties"
      + "|countries|subsidiaries|officials|shipments|containers|tons|tonnes|units|targets|sanctions|designations"
      + "|listings|additions|shells|rounds|missiles|drones|warheads|tanks|vehicles|engines|chips|components|parts"
      + "|products|goods|oblasts|regions|provinces|locations|jurisdictions|evaders|institutions|transactions|accounts"
      + "|sites|facilities|factories|plants|ports|soldiers|troops|executives|actors|intermediaries|manufacturers"
      + "|exporters|importers|traders|distributors|producers|operators|nationals|citizens|projects|contracts|flights"
      + "|launchers|systems|cases|violations|packages|rounds";
  private static final String MODIFIERS = "((?:(?!(?:of|and|or|in|to|for|with|by|from|at|on|that|which|were|was|are"
      + "|is)\\b)[\\p{L}][\\p{L}-]*\\s+){0,3}?)";
  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d$£€.,])" + QUALIFIER + NUMBER
      + "(?:\\s+(million|thousand|billion))?(?:\\s+of\\s+the\\s+(?:" + NumberWords.WORDS + "|\\d+))?\\s+" + MODIFIERS
      + "(" + COUNT_NOUNS + ")\\b", Pattern.CASE_INSENSITIVE);
  /** A count whose noun is understood from the total before it: "11 of which", "5 in Russia", "one in India". */
  private static final Pattern ELLIPTIC_COUNT = Pattern.compile("(?<![\\p{L}\\d$£€.,])" + QUALIFIER + NUMBER
      + "(?=\\s+(?:of\\s+(?:which|them|whom)|(?:are\\s+|were\\s+)?(?:based\\s+|located\\s+)?in\\s+(?:the\\s+)?\\p{Lu}))",
      Pattern.CASE_INSENSITIVE);
  /** A count after a verb of designation: "the State Department designated more than 120". */
  private static final Pattern ACTION_COUNT = Pattern.compile("\\b(?:designat\\w+|sanction(?:s|ed|ing)|add(?:ed|s|ing)"
      + "|list(?:ed|s|ing)|target(?:ed|s|ing)|impos\\w+\\s+sanctions\\s+on|blacklist\\w*)\\s+" + QUALIFIER + NUMBER
      + "\\b(?!\\s*(?:%|per\\s*cent|percent|million|billion|bn|mn)\\b)", Pattern.CASE_INSENSITIVE);
  /** A count in brackets after a place or a group: "the People's Republic of China (PRC) (6), Russia (3)". */
  private static final Pattern BRACKET_COUNT = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\(\\p{Lu}{2,6}\\))?\\s"
      + "\\((\\d{1,4})\\)");
  private static final Pattern ABOUT_AFTER = Pattern.compile("^\\s*(?:of|in)\\s+((?:[\\p{L}’'$\\d.-]+\\s+){0,9}?"
      + "(?:imports|exports|trade|sales|purchases|supplies|shipments|revenue|turnover|deliveries|"
      + "[\\p{L}-]+(?=\\s+(?:were|was|came|originated|are|is)\\b|,|\\.)))|^\\s*(?:of|in)\\s+([^,.;]{3,60}?)(?=,|\\.|;"
      + "|\\s+(?:in|came|come|were|was|is|are|originated|from|during|valued)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FLOW_BEFORE = Pattern.compile("((?:[\\p{L}’'-]+\\s+){0,3}(?:imports|exports|trade"
      + "|sales|purchases|supplies|shipments|revenue|turnover|deliveries))\\b[^.;]*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FLOW_WORD = Pattern.compile("\\b(?:imports|exports|trade|sales|purchases|supplies"
      + "|shipments|revenue|turnover|deliveries)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern STOP_WORDS_LEAD = Pattern.compile("^(?:the|a|an|its|their|this|that|with|and|of|in)"
      + "\\s+", Pattern.CASE_INSENSITIVE);

  private FigureExtractor() {}

  static List<Figure> find(String text, Sentence s, String published) {
    List<Figure> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    List<Periods.Found> periods = Periods.find(text, s.start(), s.end(), published);
    Matcher m = PERCENT.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      double v = NumberWords.parse(m.group(2));
      if (!Double.isNaN(v) && v <= 1000) {
        String about = aboutAfter(text, m.end(), s.end());
        out.add(figure(v, "%", m.group(1), about, periods, m, text));
        taken.add(new int[] {m.start(), m.end()});
      }
    }
    m = MONEY.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      boolean symbolFirst = m.group(2) != null;
      String qualifier = symbolFirst ? m.group(1) : m.group(5);
      double v = NumberWords.parse(symbolFirst ? m.group(3) : m.group(6));
      if (Double.isNaN(v)) {
        continue;
      }
      v *= NumberWords.scale(symbolFirst ? m.group(4) : m.group(7));
      String unit = currency(symbolFirst ? m.group(2) : m.group(8));
      String about = aboutAfter(text, m.end(), s.end());
      if (!FLOW_WORD.matcher(about).find()) {
        String before = aboutBefore(text, s.start(), m.start());
        about = before.isEmpty() && about.matches(".*\\p{L}{3,}.*") ? about : before;
      }
      out.add(figure(v, unit, qualifier, about, periods, m, text));
      taken.add(new int[] {m.start(), m.end()});
    }
    m = COUNT.matcher(text).region(s.start(), s.end());
    String lastNoun = "";
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (taken.stream().anyMatch(t -> start < t[1] && end > t[0])) {
        continue;
      }
      String number = m.group(2);
      double v = NumberWords.parse(number) * NumberWords.scale(m.group(3));
      boolean year = number.matches("(19|20)\\d{2}") && m.group(1) == null;
      boolean definite = text.substring(Math.max(s.start(), start - 4), start).matches("(?i).*\\bthe\\s+$");
      if (Double.isNaN(v) || year || definite) {
        continue;
      }
      String about = (m.group(4) + m.group(5)).strip();
      lastNoun = m.group(5);
      out.add(figure(v, "count", m.group(1), about, periods, m, text));
      taken.add(new int[] {start, end});
    }
    String understood = lastNoun.isEmpty() ? "" : lastNoun.toLowerCase(Locale.ROOT);
    for (Pattern p : List.of(ELLIPTIC_COUNT, ACTION_COUNT)) {
      m = p.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        int start = m.group(1) != null ? m.start(1) : m.start(2);
        int end = m.end(2);
        if (taken.stream().anyMatch(t -> start < t[1] && end > t[0]) || m.group(2).matches("(19|20)\\d{2}")) {
          continue;
        }
        double v = NumberWords.parse(m.group(2));
        if (!Double.isNaN(v)) {
          out.add(new Figure(v, "count", qualifier(m.group(1)), understood, nearest(periods, start, end),
              text.substring(start, end).strip(), start, end));
          taken.add(new int[] {start, end});
        }
      }
    }
    m = BRACKET_COUNT.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      int start = m.start(1) - 1;
      int end = m.end(1) + 1;
      if (taken.stream().noneMatch(t -> start < t[1] && end > t[0])) {
        out.add(new Figure(Double.parseDouble(m.group(1)), "count", "exact", understood, Period.NONE,
            text.substring(start, end), start, end));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static Figure figure(double value, String unit, String qualifierText, String about,
      List<Periods.Found> periods, Matcher m, String text) {
    return new Figure(value, unit, qualifier(qualifierText), about, nearest(periods, m.start(), m.end()),
        text.substring(m.start(), m.end()).strip(), m.start(), m.end());
  }

  /** The period after the figure in its sentence, else the one before it, else none. */
  private static Period nearest(List<Periods.Found> periods, int start, int end) {
    Periods.Found best = null;
    for (Periods.Found f : periods) {
      if (f.start() >= end) {
        return f.period();
      }
      if (f.end() <= start) {
        best = f;
      }
    }
    return best == null ? Period.NONE : best.period();
  }

  private static String aboutAfter(String text, int from, int to) {
    Matcher m = ABOUT_AFTER.matcher(text).region(from, Math.min(to, from + 120));
    if (!m.find()) {
      return "";
    }
    String about = m.group(1) != null ? m.group(1) : m.group(2);
    return tidy(about);
  }

  private static String aboutBefore(String text, int sentenceStart, int figureStart) {
    Matcher m = FLOW_BEFORE.matcher(text).region(Math.max(sentenceStart, figureStart - 120), figureStart);
    return m.find() ? tidy(m.group(1)) : "";
  }

  private static String tidy(String about) {
    String t = about.strip().replaceAll("\\s+", " ");
    String prev;
    do {
      prev = t;
      t = STOP_WORDS_LEAD.matcher(t).replaceFirst("");
    } while (!t.equals(prev));
    return t;
  }

  static String qualifier(String text) {
    if (text == null || text.isBlank()) {
      return "exact";
    }
    String q = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (q) {
      case "over", "more than", "greater than", "well over", "above", "exceeding", "upwards of", "upward of",
          "in excess of", "at least" -> "over";
      case "nearly", "almost", "close to", "just under", "less than", "under", "fewer than", "up to", "as many as",
          "practically", "virtually" -> "nearly";
      case "a total of" -> "exact";
      default -> "approximately";
    };
  }

  private static String currency(String symbol) {
    String s = symbol.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "£", "gbp", "pounds" -> "GBP";
      case "€", "eur", "euros" -> "EUR";
      case "¥", "cny", "yuan" -> "CNY";
      case "₽", "rub", "roubles", "rubles" -> "RUB";
      default -> "USD";
    };
  }
}

package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds percentages, money and counts in a sentence, written as digits or words ("Seventy percent", "70 per cent",
 * "$900m (£723m)", "five of the eleven entities"), with the qualifier before them, what they measure and the period.
 */
final class FigureExtractor {
  private static final String QUALIFIER = "(?:(over|more\\s+than|above|exceeding|upwards\\s+of|in\\s+excess\\s+of"
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
  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d$£€.,])" + QUALIFIER + NUMBER
      + "(?:\\s+of\\s+the\\s+(?:" + NumberWords.WORDS + "|\\d+))?\\s+((?:[a-z-]+\\s+){0,2}?)(entities|companies"
      + "|firms|individuals|people|persons|addresses|vessels|ships|aircraft|banks|organi[sz]ations|suppliers"
      + "|networks|items|precursors|parties|countries|subsidiaries|officials|shipments|containers|tons|tonnes"
      + "|units)\\b", Pattern.CASE_INSENSITIVE);
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
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (taken.stream().anyMatch(t -> start < t[1] && end > t[0])) {
        continue;
      }
      String number = m.group(2);
      double v = NumberWords.parse(number);
      boolean year = number.matches("(19|20)\\d{2}") && m.group(1) == null;
      boolean definite = text.substring(Math.max(s.start(), start - 4), start).matches("(?i).*\\bthe\\s+$");
      if (Double.isNaN(v) || year || definite) {
        continue;
      }
      String about = (m.group(3) + m.group(4)).strip();
      out.add(figure(v, "count", m.group(1), about, periods, m, text));
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
      case "over", "more than", "above", "exceeding", "upwards of", "in excess of", "at least" -> "over";
      case "nearly", "almost", "close to", "just under", "less than", "under", "fewer than", "up to" -> "nearly";
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

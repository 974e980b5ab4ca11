package org.chokepoint.reports.extract;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be read from a report in another language without its grammar: countries (their names in that language
 * from ICU's locale data, matched by stem in inflected languages), figures written with digits (percentages, money
 * with the language's scale and currency words, counts of entities), denials and objections ({@code stances.tsv}),
 * and names the lists hold in that script. Chinese, Russian and Ukrainian are read; other languages get countries and
 * figures only.
 */
final class ForeignExtractor {
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?.;；\\n]+[。！？!?.;；]?");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:%|％|процент\\w*|відсот\\w*)");
  private static final Pattern MONEY_ZH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万)?\\s*(美元|欧元|人民币|元|卢布|英镑)");
  private static final Pattern MONEY_RU = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(трлн|млрд|млн|тыс)\\.?\\s*"
      + "(долл\\w*|\\$|евро|руб\\w*|юан\\w*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COUNT_ZH = Pattern.compile("(\\d+)\\s*(?:个|家|名|项)(?:[^，。,]{0,12}?)(实体|企业|公司|个人|机构)");
  private static final Pattern COUNT_RU = Pattern.compile("(\\d+)\\s+((?:\\p{L}+\\s+){0,2}?)(компани\\w*|организаци\\w*"
      + "|лиц\\w*|юрлиц\\w*|физлиц\\w*|предприяти\\w*|фирм\\w*|банк\\w*|суд\\w*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CYRILLIC_NAME = Pattern.compile("«([^»]{2,60})»|\\b(\\p{IsCyrillic}*\\p{Lu}"
      + "[\\p{IsCyrillic}-]+(?:\\s+\\p{Lu}[\\p{IsCyrillic}-]+){0,3})");
  private static final Map<String, Map<String, String>> PLACES = new HashMap<>();

  private final ListLinker linker;

  ForeignExtractor(ListLinker linker) {
    this.linker = linker;
  }

  Extraction extract(String text, String language) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher sm = SENTENCE.matcher(text);
    while (sm.find()) {
      if (!sm.group().isBlank()) {
        int a = sm.start();
        while (a < sm.end() && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        sentences.add(new Sentence(a, sm.end(), text.substring(a, sm.end())));
      }
    }
    List<EntityMention> entities = new ArrayList<>(countries(text, language));
    if (language.equals("ru") || language.equals("uk")) {
      Matcher m = CYRILLIC_NAME.matcher(text);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        String name = m.group(g);
        int start = m.start(g);
        int end = m.end(g);
        if (entities.stream().anyMatch(e -> e.start() < end && e.end() > start)) {
          continue;
        }
        linker.link(name, EntityType.ORGANIZATION).filter(ListLinker.Link::exact).ifPresent(l -> entities.add(
            new EntityMention(name, EntityType.ORGANIZATION, l.id(), l.lists(), "", start, end,
                OrganisationRole.COMPANY)));
      }
    }
    entities.sort(Comparator.comparingInt(EntityMention::start));
    List<Figure> figures = figures(text);
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : sentences) {
      OptionalInt denial = Stances.denial(s.text(), language);
      if (denial.isPresent()) {
        claims.add(stance(ClaimKind.DENIAL, s, entities));
      }
      if (Stances.objection(s.text(), language).isPresent()) {
        claims.add(stance(ClaimKind.OBJECTION, s, entities));
      }
    }
    return new Extraction(sentences, entities, List.of(), List.of(), figures, claims);
  }

  private static Claim stance(ClaimKind kind, Sentence s, List<EntityMention> entities) {
    EntityMention actor = entities.stream().filter(e -> e.start() >= s.start() && e.end() <= s.end())
        .findFirst().orElse(null);
    return new Claim(kind, actor == null ? "" : actor.name(), actor == null ? "" : actor.id(), "", "", List.of(),
        List.of(), null, Period.NONE, List.of(), s.text(), s.start(), s.end());
  }

  private static List<Figure> figures(String text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      out.add(new Figure(number(m.group(1)), "%", "exact", "", Period.NONE, m.group(), m.start(), m.end()));
    }
    m = MONEY_ZH.matcher(text);
    while (m.find()) {
      double scale = m.group(2) == null ? 1 : switch (m.group(2)) {
        case "万" -> 1e4;
        case "亿" -> 1e8;
        default -> 1e12;
      };
      out.add(new Figure(number(m.group(1)) * scale, currency(m.group(3)), "exact", "", Period.NONE, m.group(),
          m.start(), m.end()));
    }
    m = MONEY_RU.matcher(text);
    while (m.find()) {
      double scale = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "трлн" -> 1e12;
        case "млрд" -> 1e9;
        case "млн" -> 1e6;
        default -> 1e3;
      };
      out.add(new Figure(number(m.group(1)) * scale, currency(m.group(3)), "exact", "", Period.NONE, m.group(),
          m.start(), m.end()));
    }
    m = COUNT_ZH.matcher(text);
    while (m.find()) {
      out.add(new Figure(number(m.group(1)), "count", "exact", m.group(2), Period.NONE, m.group(), m.start(),
          m.end()));
    }
    m = COUNT_RU.matcher(text);
    while (m.find()) {
      if (!m.group(1).matches("(19|20)\\d{2}")) {
        out.add(new Figure(number(m.group(1)), "count", "exact", (m.group(2) + m.group(3)).strip(), Period.NONE,
            m.group(), m.start(), m.end()));
      }
    }
    out.sort(Comparator.comparingInt(Figure::start));
    return out;
  }

  private static double number(String digits) {
    return Double.parseDouble(digits.replace(',', '.'));
  }

  private static String currency(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("欧") || w.startsWith("евро")) {
      return "EUR";
    }
    if (w.startsWith("人民") || w.equals("元") || w.startsWith("юан")) {
      return "CNY";
    }
    if (w.startsWith("卢") || w.startsWith("руб")) {
      return "RUB";
    }
    if (w.startsWith("英")) {
      return "GBP";
    }
    return "USD";
  }

  /** Countries named in {@code text}, by their names in {@code language} (ICU locale data) and common short forms. */
  static List<EntityMention> countries(String text, String language) {
    Map<String, String> names = places(language);
    List<EntityMention> out = new ArrayList<>();
    boolean inflected = language.equals("ru") || language.equals("uk");
    for (Map.Entry<String, String> e : names.entrySet()) {
      String key = e.getKey();
      String stem = inflected && key.length() >= 5 ? key.substring(0, key.length() - 1) : key;
      int from = 0;
      while ((from = text.indexOf(stem, from)) >= 0) {
        int end = from + stem.length();
        if (inflected) {
          while (end < text.length() && Character.isLetter(text.charAt(end)) && end - from < key.length() + 3) {
            end++;
          }
          boolean wordStart = from == 0 || !Character.isLetter(text.charAt(from - 1));
          if (!wordStart) {
            from = end;
            continue;
          }
        }
        int a = from;
        int b = end;
        if (out.stream().noneMatch(x -> x.start() < b && x.end() > a)) {
          out.add(new EntityMention(text.substring(a, b), EntityType.COUNTRY, e.getValue(), List.of(), e.getValue(),
              a, b));
        }
        from = end;
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    return out;
  }

  private static synchronized Map<String, String> places(String language) {
    return PLACES.computeIfAbsent(language, lang -> {
      Map<String, String> out = new HashMap<>();
      ULocale display = new ULocale(lang);
      for (String code : Locale.getISOCountries()) {
        String name = new ULocale("", code).getDisplayCountry(display);
        if (!name.isEmpty() && !name.equals(code) && name.length() >= 2) {
          out.put(name, code);
        }
      }
      switch (lang) {
        case "zh" -> {
          out.put("欧盟", "EU");
          out.put("美方", "US");
          out.put("中方", "CN");
          out.put("俄方", "RU");
          out.put("俄", "RU");
        }
        case "ru", "uk" -> {
          out.put("США", "US");
          out.put("ЕС", "EU");
          out.put("Евросоюз", "EU");
          out.put("КНР", "CN");
          out.put("Великобритан", "GB");
        }
        default -> { }
      }
      List<String> keys = new ArrayList<>(out.keySet());
      keys.sort(Comparator.comparingInt(String::length).reversed());
      Map<String, String> ordered = new java.util.LinkedHashMap<>();
      keys.forEach(k -> ordered.put(k, out.get(k)));
      return ordered;
    });
  }
}

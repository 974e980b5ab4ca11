package org.chokepoint.reports.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.goods.GoodsCatalog;

/**
 * Extracts entities, goods, end uses, figures and claims from cleaned English text, sentence by sentence. Rules and
 * word tables, not a statistical model: the genre (wire copy, press releases) is regular, the rules explain
 * themselves, and they run at thousands of sentences a second. Thread-safe.
 */
public final class Extractor {
  private static final ULocale ENGLISH = new ULocale("en@ss=standard");
  /** A sentence break after these is a company's or a person's abbreviation, not a sentence end. */
  private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
      "\\b(?:Co|Ltd|Inc|Corp|Jr|Sr|St|No|Mr|Ms|Mrs|Dr|Gen|Sen|Rep|Gov|Lt|Col)\\.$");

  /** How many countries named in earlier sentences a claim may refer back to ("the two countries"). */
  private static final int CONTEXT_COUNTRIES = 8;

  private final EntityExtractor entities;
  private final GoodsExtractor goods;
  private final ForeignExtractor foreign;

  public Extractor(GoodsCatalog catalog, ListLinker linker) {
    this.entities = new EntityExtractor(linker);
    this.goods = new GoodsExtractor(catalog);
    this.foreign = new ForeignExtractor(linker);
  }

  /**
   * Extracts from text in another language (ISO 639-1 {@code language}) what needs no English grammar: countries,
   * figures, denials and objections, and names the lists hold in that script.
   */
  public Extraction extractForeign(String text, String language) {
    return foreign.extract(text, language);
  }

  /** Extracts from {@code text}; {@code published} (ISO date or "") resolves "last year". */
  public Extraction extract(String text, String published) {
    List<Sentence> sentences = sentences(text);
    List<EntityMention> found = entities.extract(text, sentences);
    List<GoodsMention> allGoods = new ArrayList<>();
    List<EndUse> allUses = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    ArrayDeque<EntityMention> context = new ArrayDeque<>();
    int next = 0;
    for (Sentence s : sentences) {
      while (next < found.size() && found.get(next).start() < s.start()) {
        next++;
      }
      int last = next;
      while (last < found.size() && found.get(last).start() < s.end()) {
        last++;
      }
      List<EntityMention> here = found.subList(next, last).stream().filter(e -> e.end() <= s.end()).toList();
      List<GoodsMention> g = goods.goods(text, s.start(), s.end());
      List<EndUse> uses = goods.endUses(text, s.start(), s.end());
      List<Figure> figures = FigureExtractor.find(text, s, published);
      claims.addAll(ClaimExtractor.find(text, s, here, g, uses, figures, List.copyOf(context)));
      List<GoodsMention> outsideNames = g.stream().filter(m -> here.stream().noneMatch(e ->
          e.type() == EntityType.ORGANIZATION && m.start() >= e.start() && m.end() <= e.end())).toList();
      allGoods.addAll(outsideNames);
      allUses.addAll(uses);
      allFigures.addAll(figures);
      for (EntityMention e : here) {
        if (e.type() == EntityType.COUNTRY) {
          context.addLast(e);
          if (context.size() > CONTEXT_COUNTRIES) {
            context.removeFirst();
          }
        }
      }
    }
    return new Extraction(sentences, found, allGoods, allUses, allFigures, claims);
  }

  static List<Sentence> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(ENGLISH);
    it.setText(text);
    List<Sentence> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b <= a) {
        continue;
      }
      boolean fragment = Character.isLowerCase(text.charAt(a)) || text.substring(a, b).split("\\s+").length < 3
          || !out.isEmpty() && ABBREVIATION_END.matcher(out.getLast().text()).find();
      boolean sameParagraph = !out.isEmpty() && text.substring(out.getLast().end(), a).indexOf('\n') < 0;
      if (fragment && sameParagraph) {
        Sentence last = out.removeLast();
        out.add(new Sentence(last.start(), b, text.substring(last.start(), b)));
      } else {
        out.add(new Sentence(a, b, text.substring(a, b)));
      }
    }
    return out;
  }
}

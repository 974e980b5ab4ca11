package org.chokepoint.goods.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chokepoint.core.io.ResourceTables;
import org.chokepoint.core.text.TextFold;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;

/**
 * Classifies free-text goods descriptions ("CNC VERTICAL MACHINING CENTER VMC850", "thermal imaging cameras") into
 * ranked HS 2022 headings and subheadings: a Lucene index of the nomenclature's wording (stemmed, typo-tolerant)
 * plus our synonym table of trade jargon, and a list of phrases that name services rather than goods.
 */
public final class GoodsClassifier {
  /** One candidate: heading, best subheading, descriptions, relative score, CHPL tiers and goods groups. */
  public record Candidate(String heading, String headingDescription, String subheading,
      String subheadingDescription, double score, Set<String> chplTiers, List<String> groups) {}

  /** The answer for one text: candidates best first, or a reason why the text names no goods. */
  public record Result(String text, List<Candidate> candidates, String notGoods) {}

  private static final int MAX_TEXT = 2000;
  private final Nomenclature hs;
  private final Chpl chpl;
  private final GoodsGroups groups;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;
  /** The code of each document: documents are added in order into one segment, so the doc id is the position. */
  private final String[] codeByDoc;
  private final Map<String, List<String>> synonyms;
  private final List<String> notGoods;

  public GoodsClassifier(Nomenclature hs, Chpl chpl, GoodsGroups groups) {
    this.hs = hs;
    this.chpl = chpl;
    this.groups = groups;
    this.synonyms = loadSynonyms(hs);
    this.notGoods = loadNotGoods();
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      List<String> codes = new ArrayList<>();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogByteSizeMergePolicy());
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (String chapter : chapters()) {
          for (Nomenclature.Entry heading : hs.children(chapter)) {
            codes.add(heading.code());
            w.addDocument(doc(heading.code(), heading.description()));
            for (Nomenclature.Entry sub : hs.children(heading.code())) {
              String text = sub.description() + " " + heading.description();
              for (Chpl.Item item : chpl.within(HsCode.parse(sub.code()))) {
                text += " " + item.description();
              }
              codes.add(sub.code());
              w.addDocument(doc(sub.code(), text));
            }
          }
        }
        w.forceMerge(1);
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      codeByDoc = codes.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> chapters() {
    List<String> out = new ArrayList<>();
    for (int c = 1; c <= 97; c++) {
      String code = String.format(java.util.Locale.ROOT, "%02d", c);
      if (hs.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }

  private static Document doc(String code, String text) {
    Document d = new Document();
    for (int len = 2; len <= code.length(); len += 2) {
      d.add(new StringField("path", code.substring(0, len), Field.Store.NO));
    }
    d.add(new TextField("text", text, Field.Store.NO));
    return d;
  }

  /** Ranks HS candidates for a description; at most {@code limit} headings. */
  /** Whether {@code code} is a heading or subheading of the nomenclature this classifier answers in. */
  public boolean knowsHeading(String code) {
    return hs.contains(code);
  }

  public Result classify(String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty goods description");
    }
    String input = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    String folded = " " + TextFold.fold(input) + " ";
    List<String> jargon = new ArrayList<>();
    for (String phrase : synonyms.keySet()) {
      if (folded.contains(" " + phrase + " ") || folded.contains(" " + phrase + "s ")) {
        jargon.add(phrase);
      }
    }
    List<String> words = analyze(folded);
    if (jargon.isEmpty()) {
      for (String phrase : notGoods) {
        if (folded.contains(" " + phrase + " ") && words.size() <= 4) {
          return new Result(text, List.of(), "'" + phrase + "' names a service or intangible, not goods");
        }
      }
    }
    if (words.isEmpty() && jargon.isEmpty()) {
      return new Result(text, List.of(), "no words to classify");
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String phrase : jargon) {
      for (String code : synonyms.get(phrase)) {
        q.add(new BoostQuery(new TermQuery(new Term("path", code)), 3f + phrase.length() / 10f),
            BooleanClause.Occur.SHOULD);
      }
    }
    try {
      for (String w : new LinkedHashSet<>(words)) {
        Term term = new Term("text", w);
        if (searcher.getIndexReader().docFreq(term) > 0) {
          q.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
        } else if (w.length() >= 5) {
          q.add(new FuzzyQuery(term, 1, 1), BooleanClause.Occur.SHOULD);
        }
      }
      ScoreDoc[] hits = searcher.search(q.build(), 60).scoreDocs;
      Map<String, String[]> byHeading = new LinkedHashMap<>();
      Map<String, Double> scores = new LinkedHashMap<>();
      for (ScoreDoc hit : hits) {
        String code = codeByDoc[hit.doc];
        String heading = code.substring(0, 4);
        scores.merge(heading, (double) hit.score, Math::max);
        String[] best = byHeading.get(heading);
        if (code.length() == 6 && (best == null || best[1] == null)) {
          byHeading.put(heading, new String[] {heading, code});
        } else if (best == null) {
          byHeading.put(heading, new String[] {heading, null});
        }
      }
      double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      List<Candidate> out = new ArrayList<>();
      scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
          .limit(limit).forEach(e -> {
            String heading = e.getKey();
            String sub = byHeading.get(heading)[1];
            if (sub == null) {
              sub = hs.subheadings(heading).isEmpty() ? heading : hs.subheadings(heading).getFirst();
            }
            HsCode subCode = HsCode.parse(sub);
            out.add(new Candidate(heading, hs.get(HsCode.parse(heading)).description(), sub,
                hs.get(subCode).description(), Math.round(e.getValue() / top * 1000) / 1000.0,
                chpl.tiersOf(sub), groups.containing(subCode).stream().map(GoodsGroups.Group::id).toList()));
          });
      return new Result(text, out, out.isEmpty() ? "no heading matches these words" : "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> analyze(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() >= 2 && !t.chars().allMatch(Character::isDigit)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, List<String>> loadSynonyms(Nomenclature hs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String[] row : ResourceTables.read(GoodsClassifier.class, "synonyms.tsv", 2, "phrase<TAB>codes")) {
      List<String> codes = new ArrayList<>();
      for (String c : row[1].split(",")) {
        HsCode code = HsCode.parse(c);
        if (!hs.contains(code.digits())) {
          throw new IllegalStateException("synonyms.tsv: '" + row[0] + "' points to " + c
              + ", which HS 2022 does not have");
        }
        codes.add(code.digits());
      }
      map.put(TextFold.fold(row[0]), List.copyOf(codes));
    }
    return map;
  }

  private static List<String> loadNotGoods() {
    try (InputStream in = GoodsClassifier.class.getResourceAsStream("not-goods.txt")) {
      if (in == null) {
        throw new IllegalStateException("not-goods.txt missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(TextFold::fold).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

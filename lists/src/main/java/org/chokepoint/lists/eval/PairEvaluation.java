package org.chokepoint.lists.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.match.LegalForms;
import org.chokepoint.lists.match.NameParts;
import org.chokepoint.lists.match.NameScorer;

/**
 * Scores labelled name pairs (the layout of {@code name_pairs_dev.csv}: schema, name1, name2, is_match and an
 * optional category) and reports precision, recall and F1 at a threshold, overall, per schema and per category.
 */
public final class PairEvaluation {
  /** Counts for one group of pairs. */
  public record Counts(int n, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 1 : (double) truePositives / p;
    }

    public double recall() {
      int a = truePositives + falseNegatives;
      return a == 0 ? 1 : (double) truePositives / a;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts add(boolean predicted, boolean actual) {
      return new Counts(n + 1, truePositives + (predicted && actual ? 1 : 0),
          falsePositives + (predicted && !actual ? 1 : 0), falseNegatives + (!predicted && actual ? 1 : 0));
    }

    Counts plus(Counts o) {
      return new Counts(n + o.n, truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }
  }

  /** A labelled pair before scoring; {@code category} is "" when the file has none. */
  public record LabelledPair(long line, Schema schema, String name1, String name2, boolean actual, String category) {}

  /** One scored pair. */
  public record ScoredPair(long line, Schema schema, String name1, String name2, boolean actual, double score,
      String category) {}

  /** The result: overall, per-schema and per-category counts, and every scored pair. */
  public record Result(double threshold, Counts overall, Map<String, Counts> bySchema, Map<String, Counts> byCategory,
      List<ScoredPair> pairs) {}

  private PairEvaluation() {}

  /** Reads and scores the pairs file. Rows with an unknown schema or label are reported by line and skipped. */
  public static Result run(Path file, NameScorer scorer, double threshold, List<String> problems) throws IOException {
    return score(read(file, problems), scorer, threshold);
  }

  /** Reads a pairs file; bad rows are reported by file, line and field, and skipped. */
  public static List<LabelledPair> read(Path file, List<String> problems) throws IOException {
    List<LabelledPair> pairs = new ArrayList<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader col = CsvHeader.read(csv, file, List.of("schema", "name1", "name2", "is_match"));
      boolean hasCategory = col.has("category");
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        String label = col.get(r, "is_match").strip().toLowerCase(Locale.ROOT);
        if (!label.equals("true") && !label.equals("false")) {
          problems.add(file + ":" + r.line() + ": field is_match must be true or false, got '" + label + "'");
          continue;
        }
        Schema schema;
        try {
          schema = Schema.parse(col.get(r, "schema"));
        } catch (IllegalArgumentException e) {
          problems.add(file + ":" + r.line() + ": field schema: " + e.getMessage());
          continue;
        }
        String a = col.get(r, "name1");
        String b = col.get(r, "name2");
        if (a.isBlank() || b.isBlank()) {
          problems.add(file + ":" + r.line() + ": field " + (a.isBlank() ? "name1" : "name2") + " is blank");
          continue;
        }
        pairs.add(new LabelledPair(r.line(), schema, a, b, label.equals("true"),
            hasCategory ? col.get(r, "category").strip() : ""));
      }
    }
    return pairs;
  }

  /** Scores labelled pairs with the name scorer and counts them at a threshold. */
  public static Result score(List<LabelledPair> labelled, NameScorer scorer, double threshold) {
    LegalForms forms = LegalForms.standard();
    List<ScoredPair> pairs = labelled.parallelStream().map(p -> new ScoredPair(p.line(), p.schema(), p.name1(),
        p.name2(), p.actual(), scorer.compare(NameParts.of(p.name1(), p.schema(), forms),
        NameParts.of(p.name2(), p.schema(), forms), p.schema() == Schema.PERSON).score(),
        p.category())).toList();
    return summarise(pairs, threshold);
  }

  /** Counts the scored pairs at a threshold. */
  public static Result summarise(List<ScoredPair> pairs, double threshold) {
    Counts overall = new Counts(0, 0, 0, 0);
    Map<String, Counts> bySchema = group(pairs, threshold, p -> p.schema().label());
    Map<String, Counts> byCategory = group(pairs, threshold, ScoredPair::category);
    byCategory.remove("");
    for (ScoredPair p : pairs) {
      overall = overall.add(p.score() >= threshold, p.actual());
    }
    return new Result(threshold, overall, bySchema, byCategory, List.copyOf(pairs));
  }

  private static Map<String, Counts> group(List<ScoredPair> pairs, double threshold, Function<ScoredPair, String> key) {
    Map<String, Counts> out = new TreeMap<>();
    for (ScoredPair p : pairs) {
      out.merge(key.apply(p), new Counts(0, 0, 0, 0).add(p.score() >= threshold, p.actual()), Counts::plus);
    }
    return out;
  }
}

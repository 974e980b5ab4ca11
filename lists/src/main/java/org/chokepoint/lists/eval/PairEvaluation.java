package org.chokepoint.lists.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.match.LegalForms;
import org.chokepoint.lists.match.NameParts;
import org.chokepoint.lists.match.NameScorer;

/**
 * Scores labelled name pairs (the layout of {@code name_pairs_dev.csv}: schema, name1, name2, is_match) and reports
 * precision, recall and F1 at a threshold, overall and per schema.
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
  }

  /** One scored pair. */
  public record ScoredPair(long line, Schema schema, String name1, String name2, boolean actual, double score) {}

  /** The result: overall and per-schema counts, and every scored pair. */
  public record Result(double threshold, Counts overall, Map<String, Counts> bySchema, List<ScoredPair> pairs) {}

  private PairEvaluation() {}

  /** Reads and scores the pairs file. Rows with an unknown schema or label are reported by line and skipped. */
  public static Result run(Path file, NameScorer scorer, double threshold, List<String> problems) throws IOException {
    LegalForms forms = LegalForms.standard();
    List<ScoredPair> pairs = new ArrayList<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader col = CsvHeader.read(csv, file, List.of("schema", "name1", "name2", "is_match"));
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        String label = col.get(r, "is_match").toLowerCase(Locale.ROOT);
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
        double score = scorer.compare(NameParts.of(a, schema, forms), NameParts.of(b, schema, forms),
            schema == Schema.PERSON).score();
        pairs.add(new ScoredPair(r.line(), schema, a, b, label.equals("true"), score));
      }
    }
    return summarise(pairs, threshold);
  }

  /** Counts the scored pairs at a threshold. */
  public static Result summarise(List<ScoredPair> pairs, double threshold) {
    Counts overall = new Counts(0, 0, 0, 0);
    Map<String, Counts> bySchema = new TreeMap<>();
    for (ScoredPair p : pairs) {
      boolean predicted = p.score() >= threshold;
      overall = overall.add(predicted, p.actual());
      bySchema.merge(p.schema().label(), new Counts(0, 0, 0, 0).add(predicted, p.actual()),
          (x, y) -> new Counts(x.n() + y.n(), x.truePositives() + y.truePositives(),
              x.falsePositives() + y.falsePositives(), x.falseNegatives() + y.falseNegatives()));
    }
    return new Result(threshold, overall, bySchema, List.copyOf(pairs));
  }
}

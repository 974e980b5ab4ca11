package org.chokepoint.goods.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/**
 * Measures the classifier on a labelled file ({@code text,heading}; heading {@code NONE} for text that names no
 * goods): top-1 and top-3 heading accuracy, and the misses.
 */
public final class ClassifierEvaluation {
  /** The measurement. */
  public record Result(int n, int top1, int top3, List<String> misses, double descriptionsPerSecond) {
    public double top1Rate() {
      return n == 0 ? 0 : (double) top1 / n;
    }

    public double top3Rate() {
      return n == 0 ? 0 : (double) top3 / n;
    }
  }

  private ClassifierEvaluation() {}

  public static Result run(GoodsClassifier classifier, Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader header = CsvHeader.read(csv, file, List.of("text", "heading"));
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        String heading = header.get(r, "heading");
        if (!heading.equals("NONE") && !(heading.length() == 4 && classifier.knowsHeading(heading))) {
          throw new IllegalArgumentException(file + " line " + r.line() + ": heading '" + heading
              + "' is not an HS 2022 heading (four digits) or NONE");
        }
        if (!header.get(r, "text").isEmpty()) {
          rows.add(new String[] {header.get(r, "text"), heading});
        }
      }
    }
    int top1 = 0;
    int top3 = 0;
    List<String> misses = new ArrayList<>();
    long start = System.nanoTime();
    for (String[] row : rows) {
      GoodsClassifier.Result result = classifier.classify(row[0], 3);
      List<String> headings = result.candidates().stream().map(GoodsClassifier.Candidate::heading).toList();
      boolean one;
      boolean three;
      if (row[1].equals("NONE")) {
        one = three = !result.notGoods().isEmpty() && result.candidates().isEmpty();
      } else {
        one = !headings.isEmpty() && headings.getFirst().equals(row[1]);
        three = headings.contains(row[1]);
      }
      top1 += one ? 1 : 0;
      top3 += three ? 1 : 0;
      if (!three) {
        misses.add(row[0] + " (expected " + row[1] + ", got " + (headings.isEmpty() ? result.notGoods() : headings)
            + ")");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(rows.size(), top1, top3, List.copyOf(misses), rows.size() / Math.max(seconds, 1e-9));
  }
}

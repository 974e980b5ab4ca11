package org.chokepoint.reports.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.reports.read.DocumentReader;
import org.chokepoint.reports.read.SourceDocument;

/**
 * Measures the cleaner against labelled files ({@code file<TAB>junk|neutral<TAB>line opening}; every other line is
 * body): precision, recall and F1 of the kept body in characters, and how many junk lines were removed.
 */
public final class CleaningEvaluation {
  /** The measurement and the lines it got wrong. */
  public record Result(long bodyChars, long keptBodyChars, long keptJunkChars, int junkLines, int junkRemoved,
      List<String> errors) {
    public double precision() {
      return keptBodyChars + keptJunkChars == 0 ? 0 : (double) keptBodyChars / (keptBodyChars + keptJunkChars);
    }

    public double recall() {
      return bodyChars == 0 ? 0 : (double) keptBodyChars / bodyChars;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private CleaningEvaluation() {}

  public static Result run(Path labels, List<Path> folders) throws IOException {
    Map<String, List<String[]>> byFile = new HashMap<>();
    for (String line : Files.readAllLines(labels)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 3 || !Set.of("junk", "neutral").contains(cells[1])) {
        throw new IllegalArgumentException(labels + ": expected 'file<TAB>junk|neutral<TAB>opening': " + line);
      }
      byFile.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
    }
    long body = 0;
    long keptBody = 0;
    long keptJunk = 0;
    int junkLines = 0;
    int junkRemoved = 0;
    List<String> errors = new ArrayList<>();
    for (Path folder : folders) {
      try (var files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          SourceDocument source = DocumentReader.read(file);
          CleanText clean = Cleaner.clean(source);
          Set<String> kept = new HashSet<>(clean.paragraphs());
          List<String[]> rules = byFile.getOrDefault(file.getFileName().toString(), List.of());
          for (String unit : Cleaner.paragraphs(source.lines())) {
            String label = "body";
            for (String[] r : rules) {
              if (unit.startsWith(r[2])) {
                label = r[1];
              }
            }
            boolean isKept = kept.contains(unit);
            switch (label) {
              case "body" -> {
                body += unit.length();
                keptBody += isKept ? unit.length() : 0;
                if (!isKept) {
                  errors.add(file.getFileName() + ": body removed: " + unit);
                }
              }
              case "junk" -> {
                junkLines++;
                junkRemoved += isKept ? 0 : 1;
                keptJunk += isKept ? unit.length() : 0;
                if (isKept) {
                  errors.add(file.getFileName() + ": junk kept: " + unit);
                }
              }
              default -> { }
            }
          }
        }
      }
    }
    return new Result(body, keptBody, keptJunk, junkLines, junkRemoved, List.copyOf(errors));
  }
}

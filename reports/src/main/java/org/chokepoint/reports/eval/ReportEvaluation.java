package org.chokepoint.reports.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;
import org.chokepoint.reports.extract.Figure;
import org.chokepoint.reports.extract.GoodsMention;
import org.chokepoint.reports.extract.OrganisationRole;
import org.chokepoint.reports.read.DocumentReader;

/**
 * Runs the pipeline over the files of a labelled set (all in one run, so stories form across them) and compares what
 * it extracts with the labels. Every miss and every false hit is listed, so a reader can see why a measure is what it
 * is.
 */
public final class ReportEvaluation {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern HEADER = Pattern.compile("(?i)(url|title|date|published|source)\\s*:.*");

  /** A count of hits out of a total. */
  public record Ratio(int hits, int total) {
    public double value() {
      return total == 0 ? Double.NaN : (double) hits / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), hits, total);
    }
  }

  /** The measures, in the order the issue lists them, and the errors behind them. */
  public record Result(int reports, Ratio companyRecall, Ratio companyPrecision, Ratio roleAccuracy,
      Ratio goodsRecall, Ratio figuresRecall, Ratio denialAccuracy, Ratio objectionAccuracy, Ratio junkRemoved,
      Ratio bodyKeptChars, double storyAri, int events, int stories, Ratio languageAccuracy, List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    /** The measures as rows of (name, value). */
    public List<String[]> rows() {
      return List.of(
          row("companies (role=company): recall", companyRecall.toString()),
          row("companies (role=company): precision", companyPrecision.toString()),
          row("organisation role accuracy (matched organisations)", roleAccuracy.toString()),
          row("goods recall (HS heading covered)", goodsRecall.toString()),
          row("figures recall (value + unit)", figuresRecall.toString()),
          row("denial accuracy (per report)", denialAccuracy.toString()),
          row("objection accuracy (per report)", objectionAccuracy.toString()),
          row("boilerplate lines removed", junkRemoved.toString()),
          row("body kept (characters)", bodyKeptChars.toString()),
          row("story grouping ARI vs events", String.format(Locale.ROOT, "%.3f (%d events, %d stories)", storyAri,
              events, stories)),
          row("language", languageAccuracy.toString()));
    }

    private static String[] row(String a, String b) {
      return new String[] {a, b};
    }
  }

  private ReportEvaluation() {}

  /** Reads a labels file (JSON lines); the exception names the line and field of a bad label. */
  public static List<ReportLabel> labels(Path file) throws IOException {
    List<ReportLabel> out = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      try {
        out.add(ReportLabel.of(MAPPER.readTree(text)));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Evaluates {@code pipeline} on the labelled files, resolved against {@code root}. */
  public static Result run(List<ReportLabel> labels, Path root, ReportPipeline pipeline, int threads) {
    List<Path> files = labels.stream().map(l -> root.resolve(l.file())).toList();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("labelled file not found: " + f);
      }
    }
    ReportPipeline.Run run = pipeline.run(files, threads);
    List<String> errors = new ArrayList<>();
    int[] companies = new int[4];
    int[] roles = new int[2];
    int[] goods = new int[2];
    int[] figures = new int[2];
    int[] denial = new int[2];
    int[] objection = new int[2];
    int[] junk = new int[2];
    long[] body = new long[2];
    int[] language = new int[2];
    List<String> events = new ArrayList<>();
    List<String> stories = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      ReportLabel label = labels.get(i);
      ReportDocument d = run.documents().get(i);
      String name = label.file();
      if (!d.ok()) {
        errors.add(name + ": not read: " + d.error());
      }
      events.add(label.event().isEmpty() ? "#" + i : label.event());
      stories.add(d.ok() ? run.storyId(i) : "#failed-" + i);
      organisations(name, label, d, companies, roles, errors);
      goods(name, label, d, goods, errors);
      figures(name, label, d, figures, errors);
      boolean deny = d.extraction().claims().stream().anyMatch(c -> c.kind() == ClaimKind.DENIAL);
      denial[1]++;
      denial[0] += deny == label.denial() ? 1 : 0;
      if (deny != label.denial()) {
        errors.add(name + ": denial " + (deny ? "found where the label has none" : "missed"));
      }
      boolean object = d.extraction().claims().stream().anyMatch(c -> c.kind() == ClaimKind.OBJECTION);
      objection[1]++;
      objection[0] += object == label.objection() ? 1 : 0;
      if (object != label.objection()) {
        errors.add(name + ": objection " + (object ? "found where the label has none" : "missed"));
      }
      cleaning(name, root.resolve(label.file()), label, d, junk, body, errors);
      if (!label.language().isEmpty()) {
        language[1]++;
        language[0] += label.language().equals(d.language()) ? 1 : 0;
        if (!label.language().equals(d.language())) {
          errors.add(name + ": language " + d.language() + ", label " + label.language());
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        boolean sameEvent = events.get(i).equals(events.get(j));
        boolean sameStory = stories.get(i).equals(stories.get(j));
        if (sameEvent != sameStory) {
          errors.add((sameEvent ? "split: " : "merged: ") + labels.get(i).file() + " and " + labels.get(j).file()
              + " (events " + events.get(i) + (sameEvent ? "" : " / " + events.get(j)) + ")");
        }
      }
    }
    return new Result(labels.size(), new Ratio(companies[0], companies[1]), new Ratio(companies[2],
        companies[3]), new Ratio(roles[0], roles[1]), new Ratio(goods[0], goods[1]),
        new Ratio(figures[0], figures[1]), new Ratio(denial[0], denial[1]), new Ratio(objection[0], objection[1]),
        new Ratio(junk[0], junk[1]), new Ratio((int) Math.min(Integer.MAX_VALUE, body[0]),
            (int) Math.min(Integer.MAX_VALUE, body[1])), adjustedRand(events, stories),
        new LinkedHashSet<>(events).size(), new LinkedHashSet<>(stories).size(), new Ratio(language[0], language[1]),
        errors);
  }

  /** Company recall and precision, and role accuracy over the labelled organisations that were found. */
  private static void organisations(String name, ReportLabel label, ReportDocument d, int[] companies, int[] roles,
      List<String> errors) {
    Map<String, OrganisationRole> found = new HashMap<>();
    for (EntityMention e : d.extraction().entities()) {
      if (e.type() == EntityType.ORGANIZATION) {
        found.merge(fold(e.name()), e.role(), (a, b) -> a == OrganisationRole.UNKNOWN ? b : a);
      }
    }
    Set<String> matchedFound = new LinkedHashSet<>();
    for (ReportLabel.Organisation o : label.organisations()) {
      String key = fold(o.name());
      String hit = found.keySet().stream().filter(f -> same(f, key)).findFirst().orElse(null);
      boolean company = o.role().equals("company");
      if (company) {
        companies[1]++;
      }
      if (hit == null) {
        if (company) {
          errors.add(name + ": company missed: " + o.name());
        }
        continue;
      }
      matchedFound.add(hit);
      OrganisationRole role = found.get(hit);
      roles[1]++;
      if (role.label().equals(o.role())) {
        roles[0]++;
      } else {
        errors.add(name + ": role of " + o.name() + ": " + role.label() + ", label " + o.role());
      }
      if (company && role == OrganisationRole.COMPANY) {
        companies[0]++;
      } else if (company) {
        errors.add(name + ": company typed " + role.label() + ": " + o.name());
      }
    }
    for (Map.Entry<String, OrganisationRole> e : found.entrySet()) {
      if (e.getValue() != OrganisationRole.COMPANY) {
        continue;
      }
      companies[3]++;
      boolean right = label.organisations().stream().anyMatch(o -> o.role().equals("company")
          && same(e.getKey(), fold(o.name())));
      if (right) {
        companies[2]++;
      } else {
        errors.add(name + ": not a labelled company: " + e.getKey());
      }
    }
  }

  private static void goods(String name, ReportLabel label, ReportDocument d, int[] goods, List<String> errors) {
    Set<String> headings = new LinkedHashSet<>();
    for (GoodsMention g : d.extraction().goods()) {
      headings.addAll(g.hs());
    }
    d.extraction().claims().forEach(c -> c.goods().forEach(g -> headings.addAll(g.hs())));
    for (ReportLabel.Goods g : label.goods()) {
      if (g.hs().isEmpty()) {
        continue;
      }
      goods[1]++;
      if (headings.contains(g.hs())) {
        goods[0]++;
      } else {
        errors.add(name + ": goods missed: " + g.text() + " (" + g.hs() + ")");
      }
    }
  }

  private static void figures(String name, ReportLabel label, ReportDocument d, int[] figures, List<String> errors) {
    for (ReportLabel.FigureLabel f : label.figures()) {
      figures[1]++;
      boolean hit = d.extraction().figures().stream().anyMatch(x -> sameFigure(x, f));
      if (hit) {
        figures[0]++;
      } else {
        errors.add(name + ": figure missed: " + f.text() + " (" + f.value() + " " + f.unit() + ")");
      }
    }
  }

  private static boolean sameFigure(Figure x, ReportLabel.FigureLabel f) {
    String unit = x.unit().equals("%") ? "percent" : x.unit();
    boolean unitOk = f.unit().equals("other") || f.unit().equals(unit);
    return unitOk && Math.abs(x.value() - f.value()) <= 0.005 * Math.max(1, Math.abs(f.value()));
  }

  /** Junk lines removed, and body characters kept (the headline counts as kept when it became the title). */
  private static void cleaning(String name, Path file, ReportLabel label, ReportDocument d, int[] junk, long[] body,
      List<String> errors) {
    Set<String> paragraphs = new LinkedHashSet<>();
    paragraphs.add(squash(d.title()));
    for (String p : d.text().split("\n\n")) {
      paragraphs.add(squash(p));
    }
    String kept = String.join("\n", paragraphs);
    Set<String> junkLines = new LinkedHashSet<>();
    for (String j : label.junkLines()) {
      String line = squash(j);
      if (line.isEmpty()) {
        continue;
      }
      junkLines.add(line);
      junk[1]++;
      boolean stays = paragraphs.contains(line) || line.length() >= 25 && kept.contains(line);
      if (stays) {
        errors.add(name + ": junk kept: " + j.strip());
      } else {
        junk[0]++;
      }
    }
    List<String> lines;
    try {
      lines = DocumentReader.read(file).lines();
    } catch (IOException e) {
      return;
    }
    for (String raw : lines) {
      String line = squash(raw);
      if (line.isEmpty() || junkLines.contains(line) || HEADER.matcher(line).matches()) {
        continue;
      }
      body[1] += line.length();
      if (kept.contains(line)) {
        body[0] += line.length();
      } else if (line.length() >= 30 && kept.contains(line.substring(line.length() / 3))) {
        body[0] += line.length() - line.length() / 3;
      } else if (line.length() >= 20) {
        errors.add(name + ": body removed: " + (line.length() > 100 ? line.substring(0, 100) + "…" : line));
      }
    }
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** Lower case, letters and digits only, "the" and legal forms kept: names compare as words. */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
        .replaceFirst("^the ", "").strip();
  }

  /** Two folded names name the same organisation: equal, or one is the other with words added around it. */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 3 && (" " + longer + " ").contains(" " + shorter + " ");
  }

  /** The adjusted Rand index of two partitions given as one label per item. */
  public static double adjustedRand(List<String> truth, List<String> predicted) {
    int n = truth.size();
    if (n < 2) {
      return 1;
    }
    Map<String, Map<String, Integer>> table = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < n; i++) {
      table.computeIfAbsent(truth.get(i), k -> new HashMap<>()).merge(predicted.get(i), 1, Integer::sum);
      rows.merge(truth.get(i), 1, Integer::sum);
      cols.merge(predicted.get(i), 1, Integer::sum);
    }
    double index = 0;
    for (Map<String, Integer> row : table.values()) {
      for (int c : row.values()) {
        index += pairs(c);
      }
    }
    double a = rows.values().stream().mapToDouble(ReportEvaluation::pairs).sum();
    double b = cols.values().stream().mapToDouble(ReportEvaluation::pairs).sum();
    double expected = a * b / pairs(n);
    double max = (a + b) / 2;
    return max == expected ? 1 : (index - expected) / (max - expected);
  }

  private static double pairs(int k) {
    return k * (k - 1) / 2.0;
  }
}

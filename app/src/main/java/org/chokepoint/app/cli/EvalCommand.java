package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.lists.eval.CrossScriptSet;
import org.chokepoint.lists.eval.PairEvaluation;
import org.chokepoint.lists.eval.ScreeningEvaluation;
import org.chokepoint.lists.eval.TypoTreatment;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Measures screening quality on labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure screening quality.",
    subcommands = {EvalCommand.Pairs.class, EvalCommand.Negatives.class, EvalCommand.Typos.class,
        EvalCommand.CrossScript.class, EvalCommand.Screening.class})
final class EvalCommand {
  @ParentCommand
  ChokepointCommand main;

  static ObjectNode counts(PairEvaluation.Counts c) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("n", c.n());
    n.put("precision", round(c.precision()));
    n.put("recall", round(c.recall()));
    n.put("f1", round(c.f1()));
    n.put("tp", c.truePositives());
    n.put("fp", c.falsePositives());
    n.put("fn", c.falseNegatives());
    return n;
  }

  static ObjectNode pairsJson(PairEvaluation.Result r) {
    ObjectNode n = counts(r.overall());
    n.put("threshold", r.threshold());
    ObjectNode by = n.putObject("by_schema");
    r.bySchema().forEach((k, v) -> by.set(k, counts(v)));
    if (!r.byCategory().isEmpty()) {
      ObjectNode cat = n.putObject("by_category");
      r.byCategory().forEach((k, v) -> cat.set(k, counts(v)));
    }
    return n;
  }

  static void printPairs(PrintWriter out, PairEvaluation.Result r) {
    out.printf("pairs at threshold %.2f: n=%d precision=%.3f recall=%.3f F1=%.3f%n", r.threshold(), r.overall().n(),
        r.overall().precision(), r.overall().recall(), r.overall().f1());
    r.bySchema().forEach((k, v) -> out.printf("  %-13s n=%-4d precision=%.3f recall=%.3f F1=%.3f%n", k, v.n(),
        v.precision(), v.recall(), v.f1()));
    r.byCategory().forEach((k, v) -> out.printf("  %-24s n=%-4d precision=%.3f recall=%.3f F1=%.3f%n", k, v.n(),
        v.precision(), v.recall(), v.f1()));
  }

  static void printErrors(PrintWriter out, PairEvaluation.Result r) {
    for (PairEvaluation.ScoredPair p : r.pairs()) {
      if ((p.score() >= r.threshold()) != p.actual()) {
        out.printf("  %s %.3f %s %s | %s | %s%n", p.actual() ? "FN" : "FP", p.score(), p.schema().label(),
            p.category(), p.name1(), p.name2());
      }
    }
  }

  static ObjectNode falsePositivesJson(ScreeningEvaluation.FalsePositives fp) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("n", fp.n()).put("matched", fp.matched())
        .put("rate", round(fp.rate()));
    ObjectNode by = n.putObject("by_script");
    fp.byScript().forEach((k, v) -> by.putObject(k).put("n", v.n()).put("matched", v.matched()));
    return n;
  }

  static void printFalsePositives(PrintWriter out, ScreeningEvaluation.FalsePositives fp) {
    out.printf("false positives on names on no list: %d/%d = %.4f%n", fp.matched(), fp.n(), fp.rate());
    fp.byScript().forEach((k, v) -> out.printf("  %-12s %d/%d%n", k, v.matched(), v.n()));
    fp.examples().stream().limit(15).forEach(m -> out.println("  false positive: " + m));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** {@code eval pairs FILE}. */
  @Command(name = "pairs", mixinStandardHelpOptions = true,
      description = "Precision, recall and F1 on a labelled pairs file (schema,name1,name2,is_match[,category]), "
          + "overall, per schema and per category.")
  static final class Pairs implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--threshold", description = "Decision threshold (default ${DEFAULT-VALUE}).")
    double threshold = MatchQuery.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--errors", description = "List the misclassified pairs.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Screener screener = new Screener(eval.main.workspace(spec.commandLine().getErr()).openIndex(false));
      List<String> problems = new ArrayList<>();
      PairEvaluation.Result r = PairEvaluation.run(file, screener.scorer(), threshold, problems);
      problems.forEach(spec.commandLine().getErr()::println);
      if (json) {
        out.println(pairsJson(r).toString());
      } else {
        printPairs(out, r);
        if (errors) {
          printErrors(out, r);
        }
      }
      screener.index().close();
      return 0;
    }
  }

  /** {@code eval negatives FILE}: the false-positive rate on names that are on no list. */
  @Command(name = "negatives", mixinStandardHelpOptions = true,
      description = "Screen every full_name of a CSV of names on no list against all lists; report the share that "
          + "matched, per script (the file's script column, else the names' letters).")
  static final class Negatives implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--column", description = "Column with the names (default ${DEFAULT-VALUE}).")
    String column = "full_name";

    @Option(names = "--threshold", description = "Decision threshold (default ${DEFAULT-VALUE}).")
    double threshold = MatchQuery.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Screener screener = new Screener(eval.main.workspace(spec.commandLine().getErr()).openIndex(false));
      ScreeningEvaluation.FalsePositives fp = ScreeningEvaluation.falsePositives(screener, file, column, threshold);
      if (json) {
        out.println(falsePositivesJson(fp).toString());
      } else {
        printFalsePositives(out, fp);
      }
      screener.index().close();
      return 0;
    }
  }

  /** {@code eval typos}: UN persons with seeded typos and reordering, top-1 against all lists. */
  @Command(name = "typos", mixinStandardHelpOptions = true,
      description = "Screen the UN persons of un_persons_untreated.csv after a seeded treatment (one typo per name, "
          + "reordering, case) against all lists; report how many came back first as the UN entry they name.")
  static final class Typos implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", description = "UN persons CSV (default ${DEFAULT-VALUE}).")
    Path file = Path.of("../shared/data/eval/un_persons_untreated.csv");

    @Option(names = "--seed", description = "Seed of the treatment (default ${DEFAULT-VALUE}).")
    long seed = 14;

    @Option(names = "--threshold", description = "Decision threshold (default ${DEFAULT-VALUE}).")
    double threshold = MatchQuery.DEFAULT_THRESHOLD;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Screener screener = new Screener(eval.main.workspace(spec.commandLine().getErr()).openIndex(false));
      ScreeningEvaluation.Recall r = ScreeningEvaluation.topOneRecall(screener, file, "full_name", "un-", threshold,
          new TypoTreatment(seed));
      out.printf("UN persons with typos (seed %d) top-1: %d/%d = %.4f%n", seed, r.top1(), r.n(), r.rate());
      r.misses().stream().limit(20).forEach(m -> out.println("  miss: " + m));
      screener.index().close();
      return 0;
    }
  }

  /** {@code eval cross-script}: native-script names against the Latin names of the same list entries. */
  @Command(name = "cross-script", mixinStandardHelpOptions = true,
      description = {"Pairs from the lists themselves: each entity's native-script name against its Latin name "
          + "(positives) and against another entity's Latin name of the same script (negatives). Entities are split "
          + "by a hash of their id into a dev part and a hold-out part (one in five)."})
  static final class CrossScript implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Option(names = "--part", description = "dev or holdout (default ${DEFAULT-VALUE}).")
    String part = "dev";

    @Option(names = "--threshold", description = "Decision threshold (default ${DEFAULT-VALUE}).")
    double threshold = MatchQuery.DEFAULT_THRESHOLD;

    @Option(names = "--errors", description = "List the misclassified pairs.")
    boolean errors;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      CrossScriptSet.Part which = CrossScriptSet.Part.parse(part);
      Screener screener = new Screener(eval.main.workspace(spec.commandLine().getErr()).openIndex(false));
      PairEvaluation.Result r = PairEvaluation.score(CrossScriptSet.pairs(screener.index().parties(), which),
          screener.scorer(), threshold);
      if (json) {
        out.println(pairsJson(r).toString());
      } else {
        out.println("cross-script pairs, " + which.name().toLowerCase(Locale.ROOT) + " part:");
        printPairs(out, r);
        if (errors) {
          printErrors(out, r);
        }
      }
      screener.index().close();
      return 0;
    }
  }

  /** {@code eval screening}: the whole labelled set. */
  @Command(name = "screening", mixinStandardHelpOptions = true,
      description = {"Run the whole evaluation set: pair F1, top-1 recall of UN persons screened against all lists, "
          + "false-positive rate on names that are on no list."})
  static final class Screening implements Callable<Integer> {
    @ParentCommand
    EvalCommand eval;

    @Spec
    CommandSpec spec;

    @Option(names = "--eval-dir", paramLabel = "DIR",
        description = "Folder with name_pairs_dev.csv, un_persons_untreated.csv, negatives_us.csv "
            + "(default ${DEFAULT-VALUE}).")
    Path dir = Path.of("../shared/data/eval");

    @Option(names = "--threshold", description = "Decision threshold (default ${DEFAULT-VALUE}).")
    double threshold = MatchQuery.DEFAULT_THRESHOLD;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      for (String f : List.of("name_pairs_dev.csv", "un_persons_untreated.csv", "negatives_us.csv")) {
        if (!Files.isRegularFile(dir.resolve(f))) {
          throw new IllegalArgumentException("missing " + dir.resolve(f) + " (use --eval-dir)");
        }
      }
      Screener screener = new Screener(eval.main.workspace(spec.commandLine().getErr()).openIndex(false));
      List<String> problems = new ArrayList<>();
      PairEvaluation.Result pairs = PairEvaluation.run(dir.resolve("name_pairs_dev.csv"), screener.scorer(),
          threshold, problems);
      long t0 = System.nanoTime();
      ScreeningEvaluation.Recall recall = ScreeningEvaluation.topOneRecall(screener,
          dir.resolve("un_persons_untreated.csv"), "full_name", "un-", threshold);
      long t1 = System.nanoTime();
      ScreeningEvaluation.FalsePositives fp = ScreeningEvaluation.falsePositives(screener,
          dir.resolve("negatives_us.csv"), "full_name", threshold);
      long t2 = System.nanoTime();
      ScreeningEvaluation.Recall typos = ScreeningEvaluation.topOneRecall(screener,
          dir.resolve("un_persons_untreated.csv"), "full_name", "un-", threshold, new TypoTreatment(14));
      PairEvaluation.Result crossScript = PairEvaluation.score(
          CrossScriptSet.pairs(screener.index().parties(), CrossScriptSet.Part.DEV), screener.scorer(), threshold);
      if (json) {
        ObjectNode n = MatchJson.MAPPER.createObjectNode();
        n.set("pairs", pairsJson(pairs));
        n.putObject("un_top1_recall").put("n", recall.n()).put("top1", recall.top1()).put("rate", round(recall.rate()));
        n.set("false_positives", falsePositivesJson(fp));
        n.putObject("un_typos_top1").put("n", typos.n()).put("top1", typos.top1()).put("rate", round(typos.rate()));
        n.set("cross_script_dev", pairsJson(crossScript));
        out.println(n.toString());
      } else {
        printPairs(out, pairs);
        out.printf("UN persons top-1 recall: %d/%d = %.4f (%.1f s)%n", recall.top1(), recall.n(), recall.rate(),
            (t1 - t0) / 1e9);
        recall.misses().stream().limit(15).forEach(m -> out.println("  miss: " + m));
        out.printf("(%.1f s) ", (t2 - t1) / 1e9);
        printFalsePositives(out, fp);
        out.printf("UN persons with typos (seed 14) top-1: %d/%d = %.4f%n", typos.top1(), typos.n(), typos.rate());
        typos.misses().stream().limit(10).forEach(m -> out.println("  miss: " + m));
        out.println("cross-script pairs from the lists, dev part:");
        printPairs(out, crossScript);
      }
      screener.index().close();
      return 0;
    }
  }
}

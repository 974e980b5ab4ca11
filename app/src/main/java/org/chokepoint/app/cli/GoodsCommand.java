package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.GoodsJson;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.classify.ClassifierEvaluation;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.Correlation;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The HS nomenclature, HS edition conversion, the CHPL and goods groups. */
@Command(name = "goods", mixinStandardHelpOptions = true,
    description = "HS 2022 nomenclature, HS 2017 ↔ 2022 conversion, CHPL tiers and named goods groups.",
    subcommands = {GoodsCommand.Show.class, GoodsCommand.Convert.class, GoodsCommand.Groups.class,
        GoodsCommand.Classify.class, GoodsCommand.Eval.class})
final class GoodsCommand {
  @ParentCommand
  ChokepointCommand main;

  GoodsCatalog catalog(PrintWriter err) throws Exception {
    GoodsCatalog c = main.workspace(err).openCatalog();
    c.problems().forEach(err::println);
    return c;
  }

  /** Reads a code from user input, turning a bad one into a usage error. */
  static HsCode code(CommandSpec spec, String text) {
    try {
      return HsCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** {@code goods show CODE}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "A code at any level: description, section, parents, children, CHPL items and goods groups inside.")
  static final class Show implements Callable<Integer> {
    @ParentCommand
    GoodsCommand goods;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "HS 2022 code: 85, 8542, 8542.31, 8542 31, 854231, or a national code")
    String text;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      HsCode code = code(spec, text);
      GoodsCatalog c = goods.catalog(spec.commandLine().getErr());
      Nomenclature.Entry e = c.hs().get(code);
      List<Nomenclature.Entry> parents = c.hs().ancestors(code.digits());
      List<Nomenclature.Entry> children = c.hs().children(code.digits());
      List<Chpl.Item> chpl = c.chpl().within(code);
      List<GoodsGroups.Group> groups = c.groups().containing(code);
      if (json) {
        out.println(GoodsJson.show(c, code));
        return 0;
      }
      if (!code.note().isEmpty()) {
        out.println("note: " + code.note());
      }
      out.printf("%s  %s%n", code.display(), e.description());
      out.printf("section %s: %s%n", e.section(), c.hs().sectionName(e.section()));
      parents.forEach(x -> out.printf("  in %s  %s%n", x.code(), x.description()));
      if (!children.isEmpty()) {
        out.println("children:");
        children.forEach(x -> out.printf("  %-8s %s%n", x.code(), x.description()));
      }
      if (!chpl.isEmpty()) {
        out.println("Common High Priority List:");
        chpl.forEach(x -> out.printf("  tier %-4s %s  %s%n", x.tier(), x.hs6(), x.description()));
      }
      if (!groups.isEmpty()) {
        out.println("goods groups: " + String.join(", ", groups.stream().map(GoodsGroups.Group::id).toList()));
      }
      return 0;
    }
  }

  /** {@code goods convert CODE --from 2017 --to 2022}. */
  @Command(name = "convert", mixinStandardHelpOptions = true,
      description = {"Convert between HS 2017 and HS 2022 with the UN correlation table. Splits and merges are "
          + "reported with their relationship (1:1, 1:n, n:1, n:n), never collapsed to one code."})
  static final class Convert implements Callable<Integer> {
    @ParentCommand
    GoodsCommand goods;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE")
    String text;

    @Option(names = "--from", description = "Edition of CODE: 2017 or 2022 (default ${DEFAULT-VALUE}).")
    String from = "2017";

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      HsCode code = code(spec, text);
      Correlation.Edition edition;
      try {
        edition = Correlation.Edition.parse(from);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      GoodsCatalog c = goods.catalog(spec.commandLine().getErr());
      Map<String, List<Correlation.Link>> result = c.correlation().convert(code, edition);
      if (result.isEmpty()) {
        throw new IllegalArgumentException("the correlation table has no " + edition + " subheading under "
            + code.display());
      }
      String to = edition == Correlation.Edition.HS2017 ? "HS2022" : "HS2017";
      if (json) {
        ObjectNode n = MatchJson.MAPPER.createObjectNode();
        n.put("code", code.display());
        n.put("from", edition.name());
        n.put("to", to);
        ObjectNode map = n.putObject("subheadings");
        result.forEach((k, links) -> {
          ArrayNode arr = map.putArray(k);
          links.forEach(l -> arr.addObject().put("code", l.code()).put("relationship", l.relationship()));
        });
        out.println(n.toString());
        return 0;
      }
      result.forEach((k, links) -> out.printf("%s %s -> %s %s%n", edition, k, to, String.join(", ",
          links.stream().map(l -> l.code() + " (" + l.relationship() + ")").toList())));
      return 0;
    }
  }

  /** {@code goods groups [ID]}. */
  @Command(name = "groups", mixinStandardHelpOptions = true,
      description = "List the named goods groups with their HS scope, or the subheadings of one group.")
  static final class Groups implements Callable<Integer> {
    @ParentCommand
    GoodsCommand goods;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      GoodsCatalog c = goods.catalog(spec.commandLine().getErr());
      if (id == null) {
        for (GoodsGroups.Group g : c.groups().all()) {
          out.printf("%-24s %-28s %4d subheadings  scope %s%n", g.id(), g.name(), g.subheadings().size(), g.scope());
        }
        return 0;
      }
      GoodsGroups.Group g;
      try {
        g = c.groups().get(id);
      } catch (NoSuchElementException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      out.printf("%s: %s (%s)%n", g.id(), g.name(), g.description());
      g.subheadings().stream().sorted().forEach(code -> out.printf("  %s  %s%n", code,
          c.hs().get(HsCode.parse(code)).description()));
      return 0;
    }
  }

  /** {@code goods classify TEXT}. */
  @Command(name = "classify", mixinStandardHelpOptions = true,
      description = {"Rank HS headings and subheadings for a goods description from a report or shipment record.",
          "Says so when the text names a service, not goods."})
  static final class Classify implements Callable<Integer> {
    @ParentCommand
    GoodsCommand goods;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT")
    String text;

    @Option(names = "--limit", description = "Most headings (default ${DEFAULT-VALUE}).")
    int limit = 5;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      GoodsCatalog c = goods.catalog(spec.commandLine().getErr());
      GoodsClassifier classifier =
          c.newClassifier();
      GoodsClassifier.Result r = classifier.classify(text, Math.max(1, limit));
      if (json) {
        out.println(GoodsJson.classify(text, r));
        return 0;
      }
      if (r.candidates().isEmpty()) {
        out.println("not goods: " + r.notGoods());
        return 0;
      }
      for (var cand : r.candidates()) {
        out.printf("%.3f  %s  %-9s %s%s%n", cand.score(), cand.heading(), HsCode.parse(cand.subheading()).display(),
            cand.subheadingDescription(), (cand.chplTiers().isEmpty() ? "" : "  [CHPL " + String.join(",",
                cand.chplTiers()) + "]") + (cand.groups().isEmpty() ? "" : "  {" + String.join(", ", cand.groups())
                + "}"));
      }
      return 0;
    }
  }

  /** {@code goods eval FILE}. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Top-1 and top-3 heading accuracy on a labelled file (text,heading; NONE for non-goods).")
  static final class Eval implements Callable<Integer> {
    @ParentCommand
    GoodsCommand goods;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      GoodsCatalog c = goods.catalog(spec.commandLine().getErr());
      var classifier = c.newClassifier();
      var r = ClassifierEvaluation.run(classifier, file);
      out.printf("n=%d top-1 heading accuracy %.3f, top-3 %.3f (%,.0f descriptions/s, one thread, cold)%n", r.n(),
          r.top1Rate(), r.top3Rate(), r.descriptionsPerSecond());
      r.misses().forEach(m -> out.println("  miss: " + m));
      return 0;
    }
  }
}

package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;
import org.chokepoint.reports.extract.Figure;
import org.chokepoint.reports.json.ReportJson;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Consolidator;
import org.chokepoint.reports.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reports extract} and {@code reports stories}: news articles and releases into stories and claims. */
@Command(name = "reports", mixinStandardHelpOptions = true,
    description = "Read news articles and official releases (text, HTML, or text with URL:/TITLE: headers): clean "
        + "them, extract entities, goods, figures and claims, and group them into stories.",
    subcommands = {ReportsCommand.Extract.class, ReportsCommand.Stories.class})
final class ReportsCommand {
  @ParentCommand
  ChokepointCommand main;

  /** Runs the pipeline over files and folders with {@code services}, printing each document's problems. */
  static ReportPipeline.Run run(Services services, List<Path> inputs, PrintWriter err) throws Exception {
    List<Path> files = ReportPipeline.expand(inputs);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files in " + inputs);
    }
    ReportPipeline.Run run = services.readReports(files);
    for (ReportDocument d : run.documents()) {
      if (!d.ok()) {
        err.println("error: " + d.error());
      }
      d.warnings().forEach(w -> err.println("warning: " + d.doc() + ": " + w));
    }
    err.flush();
    return run;
  }

  /** Runs the pipeline over files and folders with the lists and goods of the data directory. */
  static ReportPipeline.Run run(ChokepointCommand main, List<Path> inputs, PrintWriter err) throws Exception {
    try (Services services = main.workspace(err).open(EnumSet.of(Capability.GOODS))) {
      return run(services, inputs, err);
    }
  }

  /** {@code reports extract FILE...}. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Clean and extract each document. With --json, one JSON object per document per line, in "
          + "input order (the contract is in docs/reports-json.md).")
  static final class Extract implements Callable<Integer> {
    @ParentCommand
    ReportsCommand reports;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders of reports.")
    List<Path> inputs;

    @Option(names = "--json", description = "JSON lines, one object per document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      ReportPipeline.Run run = run(reports.main, inputs, spec.commandLine().getErr());
      for (int i = 0; i < run.documents().size(); i++) {
        ReportDocument d = run.documents().get(i);
        String story = d.ok() ? Services.storyOf(run, d.doc()) : "";
        if (json) {
          out.println(ReportJson.document(d, story).toString());
        } else {
          text(out, d, story);
        }
      }
      return run.documents().stream().allMatch(ReportDocument::ok) ? 0 : 1;
    }

    private static void text(PrintWriter out, ReportDocument d, String story) {
      out.printf("== %s%s%n", d.doc(), d.ok() ? "" : "  ERROR: " + d.error());
      if (!d.ok()) {
        return;
      }
      out.printf("   title: %s%n   published: %s   language: %s   story: %s%n   body: %d chars, %d lines "
          + "removed%n", d.title(), d.published().isEmpty() ? "unknown" : d.published(), d.language(), story,
          d.text().length(), d.removed().size());
      for (EntityMention e : d.extraction().entities()) {
        if (e.type() != EntityType.COUNTRY) {
          out.printf("   %-12s %s%s%n", e.type().name().toLowerCase(Locale.ROOT), e.name(),
              e.lists().isEmpty() ? "" : "  [" + String.join("; ", e.lists()) + "]");
        }
      }
      for (Figure f : d.extraction().figures()) {
        out.printf("   figure       %s %s  about: %s  period: %s%n", f.qualifier(), Consolidator.format(f),
            f.about(), f.period().text().isEmpty() ? "—" : f.period().text());
      }
      for (Claim c : d.extraction().claims()) {
        out.printf("   %-12s %s → %s  %s%n", c.kind().name().toLowerCase(Locale.ROOT), c.actor(), c.target(),
            c.goods().stream().map(g -> g.name()).toList());
      }
    }
  }

  /** {@code reports stories DIR...}. */
  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = "Group documents into stories and consolidate their claims: source counts and conflicts.")
  static final class Stories implements Callable<Integer> {
    @ParentCommand
    ReportsCommand reports;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders or files of reports.")
    List<Path> inputs;

    @Option(names = "--json", description = "One JSON array of stories.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      ReportPipeline.Run run = run(reports.main, inputs, spec.commandLine().getErr());
      if (json) {
        ArrayNode array = MatchJson.MAPPER.createArrayNode();
        run.stories().forEach(s -> array.add(ReportJson.story(s)));
        out.println(array.toString());
        return 0;
      }
      for (Story s : run.stories()) {
        out.printf("%s  %s%n  %d documents, %d independent sources: %s%n", s.id(),
            s.title().isEmpty() ? "(untitled)" : s.title(), s.documents().size(), s.independentSources(),
            String.join(", ", s.documents().stream().map(Story.Member::doc).toList()));
        for (ConsolidatedClaim c : s.claims()) {
          if (c.kind() == ClaimKind.STATEMENT) {
            continue;
          }
          out.printf("  %-14s %s  [%d docs, %d independent]%n", c.kind(), c.summary(), c.documents(),
              c.independentSources());
          c.conflicts().forEach(x -> out.printf("                 CONFLICT: %s%n", x));
        }
        out.println();
      }
      return 0;
    }
  }
}

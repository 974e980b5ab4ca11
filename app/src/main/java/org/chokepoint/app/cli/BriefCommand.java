package org.chokepoint.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.brief.Brief;
import org.chokepoint.reports.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brief DIR --out brief.html}: an intelligence brief on the largest story (or a chosen one). */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Write an intelligence brief (HTML or Markdown, by the --out extension) on a story: summary, "
        + "claims with corroboration and conflicts, named parties with list status, goods with HS codes, denials, "
        + "timeline, and a footnote for every statement.")
final class BriefCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders or files of reports.")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "brief.html or brief.md")
  Path out;

  @Option(names = "--story", paramLabel = "ID", description = "Story id from 'reports stories' (default: the "
      + "story with the most documents).")
  String storyId;

  @Override
  public Integer call() throws Exception {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean html = name.endsWith(".html") || name.endsWith(".htm");
    if (!html && !name.endsWith(".md")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out must end in .html or .md");
    }
    ReportPipeline.Run run = ReportsCommand.run(main, inputs, spec.commandLine().getErr());
    Story story = storyId == null
        ? run.stories().stream().max(Comparator.comparingInt((Story s) -> s.documents().size())).orElse(null)
        : run.stories().stream().filter(s -> s.id().equals(storyId)).findFirst().orElse(null);
    if (story == null) {
      throw new IllegalArgumentException(storyId == null ? "no readable documents" : "no story " + storyId);
    }
    List<Brief.Section> extra = tradeCheck(run, story);
    Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
    Files.writeString(tmp, html ? Brief.html(story, extra) : Brief.markdown(story, extra));
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().printf("%s: brief on %s (%d documents, %d claims)%n", out, story.id(),
        story.documents().size(), story.claims().size());
    return 0;
  }

  /** The story's figures checked against the trade store, when there is one. */
  private List<Brief.Section> tradeCheck(ReportPipeline.Run run, Story story) throws Exception {
    Path file = TradeCommand.storeFile(main);
    if (!Files.exists(file)) {
      return List.of(new Brief.Section("What the trade data says", "No trade store in the data directory: run "
          + "'chokepoint trade import' to check the story's figures against trade statistics.", List.of(),
          List.of()));
    }
    var members = story.documents().stream().map(Story.Member::doc).toList();
    List<List<String>> rows = new java.util.ArrayList<>();
    var catalog = TradeCommand.catalog(main);
    try (var store = org.chokepoint.trade.store.TradeStore.openReadOnly(file)) {
      var check = new org.chokepoint.trade.check.ClaimCheck(new org.chokepoint.trade.query.TradeQueries(
          store.connection()), catalog);
      for (var d : run.documents()) {
        if (!members.contains(d.doc())) {
          continue;
        }
        for (var c : d.extraction().claims()) {
          ReportFigures.Checkable item = ReportFigures.of(c);
          if (item == null) {
            continue;
          }
          if (item.claim() == null) {
            rows.add(List.of(d.doc(), item.description(), "not checkable", item.reason()));
            continue;
          }
          var r = check.check(item.claim());
          rows.add(List.of(d.doc(), item.description(), r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              r.basis() + (r.wouldSettle().isEmpty() ? "" : "; would settle it: " + r.wouldSettle())));
        }
      }
    }
    return List.of(new Brief.Section("What the trade data says", "Each figure of the story against the trade "
        + "statistics in the store (trade check).", List.of("document", "figure", "verdict", "basis"), rows));
  }
}

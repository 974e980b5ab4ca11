package org.chokepoint.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
  ChokepointCommand main;

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
      throw new ParameterException(spec.commandLine(), "--out must end in .html or .md");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Services services = main.workspace(err).open(EnumSet.of(Capability.GOODS, Capability.TRADE))) {
      ReportPipeline.Run run = ReportsCommand.run(services, inputs, err);
      Story story = Services.story(run, storyId).orElseThrow(() -> new IllegalArgumentException(storyId == null
          ? "no readable documents" : "no story " + storyId));
      Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
      Files.writeString(tmp, services.brief(run, story, html));
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine().getOut().printf("%s: brief on %s (%d documents, %d claims)%n", out, story.id(),
          story.documents().size(), story.claims().size());
      return 0;
    }
  }
}

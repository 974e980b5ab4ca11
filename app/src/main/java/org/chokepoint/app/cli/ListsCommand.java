package org.chokepoint.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Reports what was loaded from each list into the screening index. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Show, per list, its file date, records read, skipped (with reasons), entities and names in the "
        + "screening index.")
final class ListsCommand implements Callable<Integer> {
  @ParentCommand
  ChokepointCommand main;

  @Spec
  CommandSpec spec;

  @Option(names = "--rebuild", description = "Rebuild the index from the list files even if they did not change.")
  boolean rebuild;

  @Option(names = "--problems", description = "Also print the first problems found in each list.")
  boolean problems;

  @Option(names = "--json", description = "Print the build's metadata as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ScreeningIndex index = main.workspace(err).openIndex(rebuild)) {
      ScreeningIndex.Meta meta = index.meta();
      if (json) {
        out.println(MatchJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(meta));
        return 0;
      }
      out.printf("%-42s %-34s %-10s %8s %8s %8s %8s%n", "list", "file", "file date", "read", "skipped", "entities",
          "names");
      for (LoadReport r : meta.reports()) {
        out.printf("%-42s %-34s %-10s %8d %8d %8d %8d%n", cut(r.list(), 42), cut(r.file(), 34),
            r.fileDate().isEmpty() ? "-" : r.fileDate(), r.recordsRead(), r.skippedTotal(), r.entities(), r.names());
        if (r.skippedTotal() > 0) {
          r.skipped().forEach((reason, n) -> out.printf("    skipped %d: %s%n", n, reason));
        }
        if (problems) {
          r.problems().forEach(p -> out.println("    " + p));
        }
      }
      out.printf("%ntotal: %d entities linked into %d parties with %d names; built %s in %d ms%n", meta.entities(),
          meta.parties(), meta.names(), meta.builtAt(), meta.buildMillis());
    }
    return 0;
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}

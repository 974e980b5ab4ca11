package org.chokepoint.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.index.ScreeningIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Fills the data directory from the publishers or a mirror, then brings the screening index up to date. */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Download the lists from their publishers (or copy them from a local mirror) into the data "
        + "directory, then rebuild the screening index if anything changed.",
        "Files are written beside the old copies and swapped in only when complete."})
final class UpdateCommand implements Callable<Integer> {
  @ParentCommand
  ChokepointCommand main;

  @Spec
  CommandSpec spec;

  @Option(names = "--mirror", paramLabel = "DIR",
      description = "Copy from a local mirror laid out like shared/data instead of downloading.")
  Path mirror;

  @Option(names = "--no-index", description = "Do not rebuild the screening index afterwards.")
  boolean noIndex;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Workspace workspace = main.workspace(err);
    Updater updater = new Updater(workspace.data(), workspace.sources(), Updater.defaultClient());
    List<Updater.Outcome> outcomes = mirror != null ? updater.fromMirror(mirror) : updater.download();
    boolean failed = false;
    for (Updater.Outcome o : outcomes) {
      out.printf("%-20s %-9s %10d bytes  %s%n", o.source().id(), o.status(), o.bytes(),
          o.message().isEmpty() ? o.origin() : o.message());
      failed |= o.status() == Updater.Status.FAILED;
    }
    out.flush();
    if (!noIndex) {
      try (ScreeningIndex index = workspace.openIndex(false)) {
        var meta = index.meta();
        out.printf("screening index: %d entities linked into %d parties, %d names (built in %d ms)%n",
            meta.entities(), meta.parties(), meta.names(), meta.buildMillis());
      }
    }
    if (failed) {
      err.println("error: some sources failed; their previous copies were kept");
      return 1;
    }
    return 0;
  }
}

package org.chokepoint.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.lists.index.ListChanges;
import java.util.concurrent.Callable;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.load.ListValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Fills the data directory from the publishers or a mirror, then brings the screening index up to date. */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Download the lists from their publishers (or copy them from a local mirror) into the data "
        + "directory, then rebuild the screening index if anything changed.",
        "Files are written beside the old copies and swapped in only when complete and valid: a new copy that "
            + "does not parse to its end, is an HTML page, lacks required columns or has more than 5 %% fewer "
            + "entities than the old copy is refused (the old copy is kept, exit 1) and the rest goes on."})
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

  @Option(names = "--accept-shrink", description = "Accept new copies with more than "
      + ListValidator.MAX_SHRINK_PERCENT + " %% fewer entities, names or rows than the old ones (when the publisher "
      + "really removed entries).")
  boolean acceptShrink;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant started = Instant.now();
    Workspace workspace = main.workspace(err);
    DataDirectory data = workspace.data();
    SourceRegistry sources = workspace.sources();
    Updater updater = new Updater(data, sources, Updater.defaultClient(), new ListValidator(sources, acceptShrink));
    List<Updater.Outcome> outcomes = mirror != null ? updater.fromMirror(mirror) : updater.download();
    boolean failed = false;
    for (Updater.Outcome o : outcomes) {
      out.printf("%-20s %-9s %10d bytes  %s%n", o.source().id(), o.status(), o.bytes(),
          o.message().isEmpty() ? o.origin() : o.message());
      failed |= Updater.failed(o);
    }
    out.flush();
    for (Updater.Outcome o : outcomes) {
      if (o.status() == Updater.Status.REFUSED) {
        err.println("error: " + o.source().id() + ": " + o.message());
      }
    }
    if (!noIndex) {
      ScreeningIndex.Meta meta;
      try (ScreeningIndex index = workspace.openIndex(false)) {
        meta = index.meta();
      }
      out.printf("screening index: %d entities linked into %d parties, %d names (built in %d ms)%n", meta.entities(),
          meta.parties(), meta.names(), meta.buildMillis());
      if (meta.changes() != null && !Instant.parse(meta.builtAt()).isBefore(started)) {
        printChanges(out, meta.changes());
      }
      if (!meta.fingerprint().equals(IndexMaintainer.fingerprint(data, sources))) {
        err.println("error: the screening index could not be rebuilt (see above); the previous index is still "
            + "in use");
        failed = true;
      }
    }
    if (failed) {
      err.println("error: some sources failed or were refused; their previous copies were kept");
      return 1;
    }
    return 0;
  }

  /** Per list, the entries added, removed and changed since the previous update, with names (first ten of each). */
  static void printChanges(PrintWriter out, ListChanges c) {
    if (c.initial()) {
      out.println("changes: first build of this data directory; later updates report what changed");
      return;
    }
    if (c.isEmpty()) {
      out.println("changes since the previous update: none");
      return;
    }
    out.println("changes since the previous update:");
    for (ListChanges.ListDelta d : c.lists()) {
      if (d.addedCount() + d.removedCount() + d.changedCount() == 0) {
        continue;
      }
      out.printf("  %-32s +%d new, -%d removed, ~%d changed%n", d.list(), d.addedCount(), d.removedCount(),
          d.changedCount());
      d.added().stream().limit(10).forEach(e -> out.printf("    + %s  %s%n", e.id(), e.name()));
      d.removed().stream().limit(10).forEach(e -> out.printf("    - %s  %s%n", e.id(), e.name()));
      d.changed().stream().limit(10).forEach(e -> out.printf("    ~ %s  %s%n", e.id(), e.name()));
    }
  }
}

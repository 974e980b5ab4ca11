package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chokepoint.core.io.Leftovers;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;

/** What every command works on: the data directory, the source registry and, when needed, the screening index. */
final class Workspace {
  private Workspace() {}

  private static final Set<Path> RECOVERED = ConcurrentHashMap.newKeySet();

  /**
   * The data directory; the first time in a process, what an interrupted build left there ({@code *.building}
   * files and their WALs, staging folders, incoming copies) is removed, so the last good stores are used.
   */
  static DataDirectory data(Path dir) {
    DataDirectory data = new DataDirectory(dir);
    if (RECOVERED.add(data.root())) {
      try {
        for (Path p : Leftovers.remove(data.root())) {
          System.err.println("removed " + p + " (left by an interrupted build)");
        }
      } catch (IOException e) {
        System.err.println("warning: could not remove what an interrupted build left in " + data.root() + ": "
            + e.getMessage());
      }
    }
    return data;
  }

  static SourceRegistry sources(Path file) throws IOException {
    return file == null ? SourceRegistry.builtIn() : SourceRegistry.read(file);
  }

  /** Opens the screening index, building or refreshing it when the lists changed; progress goes to {@code err}. */
  static Screener screener(Path dataDir, Path sourcesFile, PrintWriter err) throws IOException {
    ScreeningIndex index = IndexMaintainer.openOrBuild(data(dataDir), sources(sourcesFile), false,
        line -> {
          err.println(line);
          err.flush();
        });
    return new Screener(index);
  }
}

package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;

/** What every command works on: the data directory, the source registry and, when needed, the screening index. */
final class Workspace {
  private Workspace() {}

  static DataDirectory data(Path dir) {
    return new DataDirectory(dir);
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

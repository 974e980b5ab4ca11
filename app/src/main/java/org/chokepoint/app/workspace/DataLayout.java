package org.chokepoint.app.workspace;

import java.nio.file.Path;
import java.util.Objects;
import org.chokepoint.core.data.DataDirectory;

/**
 * Where everything lives in the data directory: the list and goods files and the screening index (through {@link
 * DataDirectory}), the stored reports, the trade store and the evidence graph. The one place that names these paths.
 */
public record DataLayout(Path root) {
  public DataLayout {
    Objects.requireNonNull(root, "root");
  }

  /** The data directory as the capabilities see it (sources and indexes). */
  public DataDirectory data() {
    return new DataDirectory(root);
  }

  /** Written by {@code update}; its absence means the directory was never filled. */
  public Path manifest() {
    return root.resolve("manifest.json");
  }

  /** The reports Chokepoint has been given, one file each. */
  public Path reports() {
    return root.resolve("reports");
  }

  /** The trade statistics store: snapshots made live through a {@code CURRENT} file. */
  public Path trade() {
    return root.resolve("trade");
  }

  /** The ECB reference exchange rates, imported into the trade store with the trade files when present. */
  public Path exchangeRates() {
    return root.resolve("reference").resolve("ecb_eurofxref_hist.csv");
  }

  /** The live evidence graph; builds are written beside it and renamed over it. */
  public Path graph() {
    return root.resolve("graph").resolve("graph.duckdb");
  }

  /** A scratch folder for a benchmark's own stores. */
  public Path bench(String name) {
    return root.resolve("bench-" + name);
  }
}

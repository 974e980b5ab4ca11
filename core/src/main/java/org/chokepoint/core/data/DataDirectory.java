package org.chokepoint.core.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder holding downloaded sources and the indexes built from them (default {@code ./data}). */
public record DataDirectory(Path root) {
  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  /** Where a source lives in this directory. */
  public Path resolve(Source source) {
    return root.resolve(source.file());
  }

  /** Whether the source has been fetched (a non-empty file, or a folder with at least one file). */
  public boolean has(Source source) {
    Path p = resolve(source);
    try {
      if (source.directory()) {
        try (var s = Files.list(p)) {
          return Files.isDirectory(p) && s.findAny().isPresent();
        }
      }
      return Files.isRegularFile(p) && Files.size(p) > 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The folder for indexes and stores built from the sources. */
  public Path indexes() {
    return root.resolve("index");
  }
}

package org.chokepoint.core.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a newly fetched copy of a source may replace the one in the data directory. The updater calls it
 * with the complete new copy (a file, or a folder for folder sources) before moving it into place; a refusal keeps
 * the previous copy.
 */
@FunctionalInterface
public interface SourceValidator {
  /** Accepts everything the updater's own checks accept (not empty, not an HTML page). */
  SourceValidator BASIC = (source, candidate, current) -> Optional.empty();

  /**
   * Returns why {@code candidate} must not replace the copy of {@code source} in {@code current}, or empty when it
   * may.
   */
  Optional<String> refusal(Source source, Path candidate, DataDirectory current) throws IOException;
}

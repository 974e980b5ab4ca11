package org.chokepoint.core.model;

import java.util.Objects;

/**
 * Where a fact was read: a file, its line (1-based, 0 when the format has no lines) and the record's own id.
 */
public record SourceRef(String file, long line, String recordId) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(recordId, "recordId");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + " (" + recordId + ")" : file + " (" + recordId + ")";
  }
}

package org.chokepoint.core.data;

import java.util.Objects;

/**
 * One file (or folder of files) Chokepoint reads, where it lives in the data directory and where it comes from.
 *
 * @param id stable name, e.g. {@code ofac-sdn}
 * @param file path inside the data directory
 * @param url the publisher's download address, or "" when the source is only available from a mirror
 * @param mirror glob (relative to a mirror root) naming the mirror copy; the last match in name order wins
 * @param directory whether the source is a folder of files rather than one file
 * @param optional whether a missing source is expected (not an error)
 * @param publisher who publishes it
 * @param note what a user should know, e.g. why there is no URL
 */
public record Source(String id, String file, String url, String mirror, boolean directory, boolean optional,
    String publisher, String note) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    url = url == null ? "" : url;
    mirror = mirror == null ? "" : mirror;
    publisher = publisher == null ? "" : publisher;
    note = note == null ? "" : note;
    if (id.isBlank() || file.isBlank()) {
      throw new IllegalArgumentException("source needs an id and a file, got id='" + id + "' file='" + file + "'");
    }
    if (file.startsWith("/") || file.contains("..")) {
      throw new IllegalArgumentException("source " + id + ": file must stay inside the data directory: " + file);
    }
  }
}

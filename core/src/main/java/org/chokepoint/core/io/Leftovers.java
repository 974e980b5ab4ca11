package org.chokepoint.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what an interrupted build or update leaves behind (a crash, kill -9 or a full disk): store files still
 * being built ({@code *.building} and their DuckDB {@code .wal}), index staging folders ({@code .staging-*}) and
 * incoming or validation copies ({@code .incoming-*}, {@code .validate-*}, {@code .current-*}, {@code .manifest-*}). Live stores and their own WALs are never
 * touched, so the next start uses the last good store. A leftover written to in the last {@link #QUIET} is taken to
 * belong to a build still running in another process (a CLI and the server may share a data directory) and kept.
 */
public final class Leftovers {
  private static final int DEPTH = 4;
  /** How long a leftover must have been untouched before it is removed. */
  public static final Duration QUIET = Duration.ofSeconds(60);

  private Leftovers() {}

  /** Whether a file or folder name is a leftover of an unfinished build. */
  public static boolean isLeftover(String name) {
    return name.endsWith(".building") || name.endsWith(".building.wal") || name.startsWith(".staging-")
        || name.startsWith(".incoming-") || name.startsWith(".validate-") || name.startsWith(".current-")
        || name.startsWith(".manifest-");
  }

  /** Deletes every leftover under {@code root} untouched for {@link #QUIET}; returns what was removed. */
  public static List<Path> remove(Path root) throws IOException {
    return remove(root, Instant.now().minus(QUIET));
  }

  /** Deletes every leftover under {@code root} last written before {@code quietSince}; returns what was removed. */
  public static List<Path> remove(Path root, Instant quietSince) throws IOException {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return removed;
    }
    List<Path> found;
    try (Stream<Path> walk = Files.walk(root, DEPTH)) {
      found = walk.filter(p -> !p.equals(root) && isLeftover(p.getFileName().toString())).toList();
    }
    for (Path p : found) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || !lastWrite(p).isBefore(quietSince)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> inner = Files.walk(p)) {
          for (Path q : inner.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(q);
          }
        }
      } else {
        Files.deleteIfExists(p);
      }
      removed.add(p);
    }
    return removed;
  }

  /** The newest modification time of a file, or of anything inside a folder. */
  private static Instant lastWrite(Path p) throws IOException {
    Instant newest = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> inner = Files.walk(p)) {
        for (Path q : inner.toList()) {
          Instant t = Files.getLastModifiedTime(q, LinkOption.NOFOLLOW_LINKS).toInstant();
          if (t.isAfter(newest)) {
            newest = t;
          }
        }
      }
    }
    return newest;
  }
}

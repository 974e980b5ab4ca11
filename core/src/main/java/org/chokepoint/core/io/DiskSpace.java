package org.chokepoint.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks that a store's folder has room before a build starts, so a full disk ends a build with a clear message
 * (and the previous store still serving) instead of a half-written file or a crash inside a native library. The
 * free space comes from a {@link FreeBytes} so tests can stand in for a full disk.
 */
public final class DiskSpace {
  private static final long MB = 1024 * 1024;
  /** Kept free beyond every estimate, for logs, temporary files and the rest of the system. */
  public static final long MARGIN_BYTES = 16 * MB;

  /** How many bytes can still be written in a directory. */
  @FunctionalInterface
  public interface FreeBytes {
    long in(Path dir) throws IOException;
  }

  /** Raised when a build would not fit; the message says how much is needed and free, and where. */
  public static final class NoSpaceException extends IOException {
    public NoSpaceException(String message) {
      super(message);
    }
  }

  private static final DiskSpace SYSTEM = new DiskSpace(dir -> Files.getFileStore(existingAncestor(dir))
      .getUsableSpace());

  private final FreeBytes free;

  public DiskSpace(FreeBytes free) {
    this.free = free;
  }

  /** The real file systems. */
  public static DiskSpace system() {
    return SYSTEM;
  }

  /**
   * The space a new build will likely need: the previous build's size (or {@code firstGuess} when there is none)
   * plus half again, since the new build is written beside the old one and may have grown.
   */
  public static long estimate(long previousBytes, long firstGuess) {
    long base = previousBytes > 0 ? previousBytes : Math.max(0, firstGuess);
    return base + base / 2;
  }

  /**
   * Fails with "no space left on device: need ~X MB in DIR, have Y MB" unless {@code dir} has {@code needed}
   * bytes plus {@link #MARGIN_BYTES} free; {@code what} names the build.
   */
  public void require(Path dir, long needed, String what) throws IOException {
    long have = free.in(dir);
    if (have < needed + MARGIN_BYTES) {
      throw new NoSpaceException(String.format(Locale.ROOT,
          "no space left on device: need ~%d MB in %s, have %d MB (%s not started; the previous one is kept)",
          ceilMb(needed + MARGIN_BYTES), dir.toAbsolutePath().normalize(), have / MB, what));
    }
  }

  private static long ceilMb(long bytes) {
    return (bytes + MB - 1) / MB;
  }

  /** The total size of the regular files under {@code path} (a file or a folder), 0 when it does not exist. */
  public static long sizeOf(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    if (Files.isRegularFile(path)) {
      return Files.size(path);
    }
    long total = 0;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        total += Files.size(p);
      }
    }
    return total;
  }

  private static Path existingAncestor(Path dir) {
    Path p = dir.toAbsolutePath().normalize();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? dir.toAbsolutePath().getRoot() : p;
  }
}

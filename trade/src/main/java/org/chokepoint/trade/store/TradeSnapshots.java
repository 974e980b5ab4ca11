package org.chokepoint.trade.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.trade.load.Format;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.TradeParser;

/**
 * The trade store of a data directory as a series of snapshots, so that the CLI and the server can use it at the
 * same time. Readers open the live snapshot read-only; an import copies it to {@code trade-N.duckdb.building},
 * imports into the copy, writes it to disk and makes it live by replacing the one-line file {@code CURRENT}
 * atomically (like the screening index). A reader never sees half an import; a crash (kill -9) mid-import leaves
 * the last good snapshot live and a {@code .building} file that the next import deletes. Each snapshot's
 * {@code files} table is the manifest of what it holds (file name and SHA-256), so {@link #sync} imports exactly
 * the files a snapshot lacks: an interrupted import is finished on the next start, never skipped.
 */
public final class TradeSnapshots {
  /** A check before a snapshot is built (free disk space …); throws to refuse the build. */
  @FunctionalInterface
  public interface BuildCheck {
    /** {@code estimate}: the bytes the new snapshot will need at least (the live one's size plus the input). */
    void before(Path target, long estimate) throws IOException;

    BuildCheck NONE = (target, estimate) -> { };
  }

  /** What an import did: the reports of the files imported, the failures, and the snapshot made live. */
  public record Result(List<ImportReport> reports, List<String> errors, Path live) {
    public Result {
      reports = List.copyOf(reports);
      errors = List.copyOf(errors);
    }
  }

  private static final String CURRENT = "CURRENT";
  private static final String LEGACY = "trade.duckdb";

  private final Path dir;
  private final BuildCheck check;

  /** Snapshots in {@code dir}, each build checked for free disk space first ({@link DiskSpace}). */
  public TradeSnapshots(Path dir) {
    this(dir, (target, estimate) -> DiskSpace.system().require(target.getParent(), estimate,
        "trade snapshot " + target.getFileName()));
  }

  public TradeSnapshots(Path dir, BuildCheck check) {
    this.dir = dir;
    this.check = check;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** The live snapshot, or null when nothing was imported yet. */
  public Path live() throws IOException {
    Path current = dir.resolve(CURRENT);
    if (Files.exists(current)) {
      String name = Files.readString(current, StandardCharsets.UTF_8).strip();
      Path file = dir.resolve(name);
      if (!name.isEmpty() && !name.contains("/") && Files.exists(file)) {
        return file;
      }
    }
    Path legacy = dir.resolve(LEGACY);
    return Files.exists(legacy) ? legacy : null;
  }

  /** The live snapshot's path, or where it would be: for messages and existence checks. */
  public Path liveOrDefault() throws IOException {
    Path live = live();
    return live != null ? live : dir.resolve(LEGACY);
  }

  /** Opens the live snapshot read-only. */
  public TradeStore openLive() throws IOException {
    Path live = live();
    if (live == null) {
      throw new IOException("no trade store in " + dir + "; run 'chokepoint trade import FILE...'");
    }
    return TradeStore.openReadOnly(live);
  }

  /**
   * Imports {@code files} into a new snapshot and makes it live. A file that fails is reported and left out; the
   * others are imported. Nothing is switched when no file was imported.
   */
  public synchronized Result importFiles(List<Path> files, Format format, Supplier<TradeParser> parser)
      throws IOException {
    Files.createDirectories(dir);
    cleanBuilding();
    Path live = live();
    int next = nextNumber();
    Path building = dir.resolve("trade-" + next + ".duckdb.building");
    long estimate = (live == null ? 0 : Files.size(live)) * 2;
    for (Path f : files) {
      estimate += Files.isRegularFile(f) ? Files.size(f) : 0;
    }
    check.before(building, estimate);
    if (live != null && readable(live)) {
      Files.copy(live, building, StandardCopyOption.REPLACE_EXISTING);
    }
    List<ImportReport> reports = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (TradeStore store = TradeStore.open(building)) {
      for (Path f : files) {
        try {
          reports.add(store.importFile(f, format, parser.get()));
        } catch (IOException | IllegalArgumentException e) {
          errors.add(e.getMessage());
        }
      }
      store.checkpoint();
    } catch (IOException e) {
      Files.deleteIfExists(building);
      throw e;
    }
    Files.deleteIfExists(dir.resolve(building.getFileName() + ".wal"));
    if (reports.isEmpty()) {
      Files.deleteIfExists(building);
      return new Result(reports, errors, live);
    }
    Path snapshot = dir.resolve("trade-" + next + ".duckdb");
    fsync(building);
    move(building, snapshot);
    Path tmp = dir.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, snapshot.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    fsync(tmp);
    move(tmp, dir.resolve(CURRENT));
    prune(snapshot, live);
    return new Result(reports, errors, snapshot);
  }

  /**
   * Imports the files of {@code files} that the live snapshot lacks or holds in another version (by SHA-256):
   * finishes an import that was interrupted, and does nothing when everything is in.
   */
  public Result sync(List<Path> files, Supplier<TradeParser> parser) throws IOException {
    Set<String> have = new HashSet<>();
    Path live = live();
    if (live != null) {
      try (TradeStore store = TradeStore.openReadOnly(live)) {
        store.manifest().forEach(m -> have.add(m.file() + "\t" + m.sha256()));
      } catch (IOException e) {
        have.clear();
      }
    }
    List<Path> missing = new ArrayList<>();
    for (Path f : files) {
      if (!have.contains(f.getFileName() + "\t" + TradeStore.sha256(f))) {
        missing.add(f);
      }
    }
    if (missing.isEmpty()) {
      return new Result(List.of(), List.of(), live);
    }
    return importFiles(missing, null, parser);
  }

  /**
   * Read-only connections to whichever snapshot is live: a question asked after an import is answered from the new
   * snapshot, without a restart. The previous snapshot's connection stays open until the next switch, so a question
   * running during a switch finishes on the data it started with.
   */
  public Supplier<Connection> liveConnections() {
    return new Supplier<>() {
      private Path open;
      private TradeStore store;
      private TradeStore previous;

      @Override
      public synchronized Connection get() {
        try {
          Path now = live();
          if (now == null) {
            throw new IllegalStateException("no trade store in " + dir);
          }
          if (!now.equals(open)) {
            TradeStore next = TradeStore.openReadOnly(now);
            if (previous != null) {
              previous.close();
            }
            previous = store;
            store = next;
            open = now;
          }
          return store.connection();
        } catch (IOException e) {
          if (store != null) {
            return store.connection();
          }
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
    };
  }

  /** Whether a snapshot is of this version's layout (an older store is not copied: the import starts afresh). */
  private static boolean readable(Path file) {
    try (TradeStore store = TradeStore.openReadOnly(file)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private int nextNumber() throws IOException {
    int max = 0;
    try (var list = Files.list(dir)) {
      for (Path p : list.toList()) {
        String n = p.getFileName().toString();
        if (n.matches("trade-\\d+\\.duckdb(\\.building)?(\\.wal)?")) {
          max = Math.max(max, Integer.parseInt(n.substring(6, n.indexOf('.'))));
        }
      }
    }
    return max + 1;
  }

  private void cleanBuilding() throws IOException {
    try (var list = Files.list(dir)) {
      for (Path p : list.toList()) {
        if (p.getFileName().toString().contains(".building")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Keeps the live snapshot and the one before it (a reader may still have it open); deletes older ones. */
  private void prune(Path live, Path previous) throws IOException {
    try (var list = Files.list(dir)) {
      for (Path p : list.sorted(Comparator.naturalOrder()).toList()) {
        String n = p.getFileName().toString();
        if (n.matches("trade-\\d+\\.duckdb(\\.wal)?") && !p.equals(live) && !p.equals(previous)
            && !(previous != null && n.equals(previous.getFileName() + ".wal"))) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void fsync(Path file) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.force(true);
    }
  }
}

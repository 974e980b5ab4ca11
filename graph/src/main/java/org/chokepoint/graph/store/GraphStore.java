package org.chokepoint.graph.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The evidence graph on disk: {@code nodes} and {@code edges} tables in a DuckDB file in the data directory.
 *
 * <p>Concurrency discipline: a build holds {@code FILE.lock} (one builder at a time, across processes), writes
 * {@code FILE.building} beside the live file and renames it over the live one atomically, so a reader sees either
 * the old graph or the new one, never half of one. Readers open the live file read-only and only while loading it.
 * A build killed half-way leaves its partial files behind; {@link #removeLeftovers} deletes them when no build holds
 * the lock, and the live file is untouched.
 */
public final class GraphStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> PROPS = new TypeReference<>() {};

  /** Bytes a first graph build is estimated to take per node and edge (measured: ~150 on the mirror's graph). */
  static final long FIRST_BUILD_BYTES_PER_ITEM = 512;

  private GraphStore() {}

  /** Writes {@code graph} to {@code file}, replacing the previous graph atomically; fails if another build runs. */
  public static void save(Graph graph, Path file) throws IOException {
    save(graph, file, DiskSpace.system());
  }

  /**
   * As {@link #save(Graph, Path)}, after checking that {@code disk} has room for a graph the size of the previous one (plus half again): on a full disk DuckDB is
   * never started, the previous graph stays, and a failed build leaves no {@code .building} file or WAL behind.
   */
  public static void save(Graph graph, Path file, DiskSpace disk) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (FileChannel lockFile = FileChannel.open(lockOf(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        throw new IOException(file + ": another graph build is running (" + lockOf(file) + " is held)");
      }
      Path tmp = buildingOf(file);
      deletePartial(tmp);
      long items = (long) graph.nodes().size() + graph.edges().size();
      disk.require(file.toAbsolutePath().getParent(), DiskSpace.estimate(DiskSpace.sizeOf(file),
          items * FIRST_BUILD_BYTES_PER_ITEM), "evidence graph build");
      write(graph, tmp);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void write(Graph graph, Path tmp) throws IOException {
    boolean done = false;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.toAbsolutePath());
         Statement s = c.createStatement()) {
      s.execute("CREATE TABLE nodes (id VARCHAR, kind VARCHAR, label VARCHAR, country VARCHAR, props VARCHAR)");
      s.execute("CREATE TABLE edges (src VARCHAR, dst VARCHAR, kind VARCHAR, date VARCHAR, source VARCHAR, "
          + "evidence VARCHAR, props VARCHAR)");
      try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "nodes")) {
        for (Node n : graph.nodes()) {
          a.beginRow();
          a.append(n.id()).append(n.kind().name()).append(n.label()).append(n.country())
              .append(JSON.writeValueAsString(n.props()));
          a.endRow();
        }
      }
      try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "edges")) {
        for (Edge e : graph.edges()) {
          a.beginRow();
          a.append(e.src()).append(e.dst()).append(e.kind().name()).append(e.date()).append(e.source())
              .append(e.evidence()).append(JSON.writeValueAsString(e.props()));
          a.endRow();
        }
      }
      s.execute("CHECKPOINT");
      done = true;
    } catch (SQLException e) {
      throw new IOException(tmp + ": " + e.getMessage(), e);
    } finally {
      if (!done) {
        deletePartial(tmp);
      }
    }
    Files.deleteIfExists(walOf(tmp));
  }

  /**
   * Deletes what a killed build left beside {@code file} ({@code .building} and its WAL) unless a build is running
   * now; returns the files deleted.
   */
  public static List<Path> removeLeftovers(Path file) throws IOException {
    List<Path> removed = new ArrayList<>();
    Path tmp = buildingOf(file);
    if (!Files.exists(tmp) && !Files.exists(walOf(tmp))) {
      return removed;
    }
    try (FileChannel lockFile = FileChannel.open(lockOf(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        return removed;
      }
      for (Path p : List.of(tmp, walOf(tmp))) {
        if (Files.deleteIfExists(p)) {
          removed.add(p);
        }
      }
    }
    return removed;
  }

  /** Reads the graph at {@code file}, opening it read-only. */
  public static Graph load(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("no evidence graph at " + file + "; run 'chokepoint graph build'");
    }
    Graph g = new Graph();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, kind, label, country, props FROM nodes")) {
        while (rs.next()) {
          g.add(new Node(rs.getString(1), NodeKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
              JSON.readValue(rs.getString(5), PROPS)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT src, dst, kind, date, source, evidence, props FROM edges")) {
        while (rs.next()) {
          g.add(new Edge(rs.getString(1), rs.getString(2), EdgeKind.valueOf(rs.getString(3)), rs.getString(4),
              rs.getString(5), rs.getString(6), JSON.readValue(rs.getString(7), PROPS)));
        }
      }
    } catch (SQLException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return g;
  }

  /** Where a build of {@code file} is written before it is made live. */
  public static Path buildingOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".building");
  }

  private static Path lockOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  private static Path walOf(Path db) {
    return db.resolveSibling(db.getFileName() + ".wal");
  }

  private static void deletePartial(Path tmp) throws IOException {
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(walOf(tmp));
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }
}

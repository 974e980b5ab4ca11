package org.chokepoint.graph.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The evidence graph on disk: {@code nodes} and {@code edges} tables in a DuckDB file in the data directory. A build
 * is written to a new file beside the live one and moved over it, so readers never see half a graph.
 */
public final class GraphStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> PROPS = new TypeReference<>() {};

  private GraphStore() {}

  /** Bytes a first graph build is estimated to take per node and edge (measured: ~180 on the mirror's graph). */
  static final long FIRST_BUILD_BYTES_PER_ITEM = 512;

  /** Writes {@code graph} to {@code file}, replacing the previous graph atomically. */
  public static void save(Graph graph, Path file) throws IOException {
    save(graph, file, DiskSpace.system());
  }

  /**
   * Writes {@code graph} to {@code file}, replacing the previous graph atomically, after checking that
   * {@code disk} has room for a graph the size of the previous one (plus half again): on a full disk DuckDB is
   * never started, the previous graph stays, and a failed build leaves no {@code .building} file or WAL behind.
   */
  public static void save(Graph graph, Path file, DiskSpace disk) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".building");
    Path wal = tmp.resolveSibling(tmp.getFileName() + ".wal");
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(wal);
    long items = (long) graph.nodes().size() + graph.edges().size();
    disk.require(file.toAbsolutePath().getParent(), DiskSpace.estimate(DiskSpace.sizeOf(file),
        items * FIRST_BUILD_BYTES_PER_ITEM), "evidence graph build");
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
        Files.deleteIfExists(tmp);
        Files.deleteIfExists(wal);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads the graph at {@code file}. */
  public static Graph load(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("no evidence graph at " + file + "; run 'chokepoint graph build'");
    }
    Graph g = new Graph();
    java.util.Properties readOnly = new java.util.Properties();
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
}

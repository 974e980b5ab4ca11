package org.chokepoint.trade.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.trade.load.Format;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.load.TradeRow;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The trade fact table in an embedded DuckDB file. An import parses the whole file into a staging table with the
 * Appender first, then replaces that file's earlier rows and inserts the new ones in one transaction: a file that
 * fails to parse leaves the store as it was, and importing the same file again replaces it instead of counting it
 * twice. HS headings whose subheadings a file also reports are marked redundant so that queries never add both.
 */
public final class TradeStore implements AutoCloseable {
  static final String COLUMNS = "reporter VARCHAR, reporter_name VARCHAR, partner VARCHAR, partner_name VARCHAR, "
      + "flow VARCHAR, classification VARCHAR, edition VARCHAR, product VARCHAR, level INTEGER, hs6 VARCHAR, "
      + "hs4 VARCHAR, freq VARCHAR, period VARCHAR, month_from INTEGER, month_to INTEGER, value DOUBLE, "
      + "currency VARCHAR, quantity DOUBLE, qty_unit VARCHAR, net_weight_kg DOUBLE, redundant BOOLEAN, "
      + "source VARCHAR, line BIGINT, import_id VARCHAR";

  private static final String MONTH = "(CAST(substr(period, 1, 4) AS INTEGER) * 100 "
      + "+ CAST(substr(period, 6, 2) AS INTEGER))";

  private final Connection connection;
  private final Path folder;
  private final DiskSpace disk;

  private TradeStore(Connection connection, Path folder, DiskSpace disk) {
    this.connection = connection;
    this.folder = folder;
    this.disk = disk;
  }

  /** Opens (creating when absent) the store at {@code file}. */
  public static TradeStore open(Path file) throws IOException {
    return open(file, DiskSpace.system());
  }

  /**
   * Opens (creating when absent) the store at {@code file}; imports first check {@code disk} for room (the file's
   * size plus half again), and a store is not created on a full disk, so DuckDB never starts writing without room.
   */
  public static TradeStore open(Path file, DiskSpace disk) throws IOException {
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      if (!Files.exists(file)) {
        disk.require(folder, 0, "trade store creation");
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("SET preserve_insertion_order = false");
        s.execute("CREATE TABLE IF NOT EXISTS trade (" + COLUMNS + ")");
        s.execute("CREATE TABLE IF NOT EXISTS imports (import_id VARCHAR, file VARCHAR, format VARCHAR, "
            + "rows BIGINT, skipped BIGINT, imported_at VARCHAR)");
      }
      return new TradeStore(c, folder, disk);
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open the trade store: " + e.getMessage(), e);
    }
  }

  /** The connection, for queries. */
  public Connection connection() {
    return connection;
  }

  /** Imports one file (format null: detect); see the class comment for the guarantees. */
  public synchronized ImportReport importFile(Path file, Format format, TradeParser parser) throws IOException {
    String name = file.getFileName().toString();
    disk.require(folder, DiskSpace.estimate(Files.size(file), 0), "trade import of " + name);
    String id = sha256(file);
    try {
      stage();
      ImportReport report;
      try (DuckDBAppender app = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "stage_import")) {
        report = parser.parse(file, format, row -> append(app, row, name, id));
      } catch (UncheckedSqlException e) {
        throw new IOException(name + ": " + e.getCause().getMessage(), e.getCause());
      }
      try (Statement s = connection.createStatement()) {
        if (count(s, "stage_import WHERE level = 4") > 0 && count(s, "stage_import WHERE level >= 6") > 0) {
          s.execute("UPDATE stage_import SET redundant = true WHERE level = 4 AND EXISTS (SELECT 1 FROM stage_import d "
            + "WHERE d.level >= 6 AND d.hs4 = stage_import.hs4 AND d.reporter_name = stage_import.reporter_name "
            + "AND d.partner_name = stage_import.partner_name AND d.flow = stage_import.flow "
            + "AND d.period = stage_import.period)");
        }
      }
      long duplicates = dropDuplicates();
      java.util.List<String> notes = new java.util.ArrayList<>(report.notes());
      if (duplicates > 0) {
        notes.add(duplicates + " row(s) repeating a fact already in the file (same reporter, partner, flow, product, "
            + "period and value) were dropped");
      }
      report = new ImportReport(report.file(), report.format(), report.rowsRead(), report.rowsStored() - duplicates,
          report.skipped(), report.skippedLines(), report.unknownCountries(), notes, false);
      boolean replaced = commit(name, id, report);
      return new ImportReport(report.file(), report.format(), report.rowsRead(), report.rowsStored(),
          report.skipped(), report.skippedLines(), report.unknownCountries(), report.notes(), replaced);
    } catch (SQLException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    } finally {
      dropStage();
    }
  }

  /**
   * Loads a large file in Chokepoint's own layout ({@code reporter,partner,flow,product,period,value,currency} with
   * ISO alpha-2 countries, HS6 products and yyyy-mm periods) with DuckDB's CSV reader, in one transaction.
   */
  public synchronized long bulkLoad(Path csv) throws IOException {
    String name = csv.getFileName().toString();
    disk.require(folder, DiskSpace.estimate(Files.size(csv), 0), "trade import of " + name);
    try {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trade WHERE source = ?");
           PreparedStatement forget = connection.prepareStatement("DELETE FROM imports WHERE file = ?");
           PreparedStatement insert = connection.prepareStatement("INSERT INTO trade SELECT reporter, reporter, "
               + "partner, partner, flow, 'HS', 'HS2022', product, length(product), substr(product, 1, 6), "
               + "substr(product, 1, 4), 'M', period, " + MONTH + ", " + MONTH + ", value, currency, NULL, '', NULL, false, ?, 0, ? "
               + "FROM read_csv(?, header = true, auto_detect = false, delim = ',', columns = {'reporter': 'VARCHAR', "
               + "'partner': 'VARCHAR', "
               + "'flow': 'VARCHAR', 'product': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE', "
               + "'currency': 'VARCHAR'})");
           PreparedStatement record = connection.prepareStatement("INSERT INTO imports VALUES (?, ?, 'csv', ?, 0, ?)")) {
        delete.setString(1, name);
        delete.executeUpdate();
        forget.setString(1, name);
        forget.executeUpdate();
        insert.setString(1, name);
        insert.setString(2, name);
        insert.setString(3, csv.toAbsolutePath().toString());
        long rows = insert.executeUpdate();
        record.setString(1, name);
        record.setString(2, name);
        record.setLong(3, rows);
        record.setString(4, Instant.now().toString());
        record.executeUpdate();
        connection.commit();
        return rows;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  private long dropDuplicates() throws SQLException {
    try (Statement s = connection.createStatement()) {
      long before = count(s, "stage_import");
      long distinct;
      try (var rs = s.executeQuery("SELECT count(*) FROM (SELECT DISTINCT reporter_name, partner_name, flow, "
          + "classification, product, period, value, currency FROM stage_import)")) {
        rs.next();
        distinct = rs.getLong(1);
      }
      if (distinct == before) {
        return 0;
      }
      s.execute("CREATE TABLE stage_distinct AS SELECT DISTINCT ON (reporter_name, partner_name, flow, classification, "
          + "product, period, value, currency) * FROM stage_import ORDER BY line");
      long after = count(s, "stage_distinct");
      s.execute("DROP TABLE stage_import");
      s.execute("ALTER TABLE stage_distinct RENAME TO stage_import");
      return before - after;
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void stage() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS stage_import");
      s.execute("DROP TABLE IF EXISTS stage_distinct");
      s.execute("CREATE TABLE stage_import (" + COLUMNS + ")");
    }
  }

  private void dropStage() {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS stage_import");
    } catch (SQLException e) {
      // the next import drops it first
    }
  }

  private boolean commit(String name, String id, ImportReport report) throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement();
         PreparedStatement old = connection.prepareStatement("SELECT count(*) FROM imports WHERE file = ? OR "
             + "import_id = ?");
         PreparedStatement delete = connection.prepareStatement("DELETE FROM trade WHERE source = ? OR import_id = ?");
         PreparedStatement forget = connection.prepareStatement("DELETE FROM imports WHERE file = ? OR import_id = ?");
         PreparedStatement record = connection.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?)")) {
      old.setString(1, name);
      old.setString(2, id);
      boolean replaced;
      try (var rs = old.executeQuery()) {
        rs.next();
        replaced = rs.getLong(1) > 0;
      }
      for (PreparedStatement p : new PreparedStatement[] {delete, forget}) {
        p.setString(1, name);
        p.setString(2, id);
        p.executeUpdate();
      }
      s.execute("INSERT INTO trade SELECT * FROM stage_import");
      record.setString(1, id);
      record.setString(2, name);
      record.setString(3, report.format().name().toLowerCase(java.util.Locale.ROOT));
      record.setLong(4, report.rowsStored());
      record.setLong(5, report.skipped().values().stream().mapToLong(Long::longValue).sum());
      record.setString(6, Instant.now().toString());
      record.executeUpdate();
      connection.commit();
      return replaced;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  private static void append(DuckDBAppender app, TradeRow r, String source, String id) {
    try {
      app.beginRow();
      app.append(r.reporter()).append(r.reporterName()).append(r.partner()).append(r.partnerName())
          .append(r.flow()).append(r.classification()).append(r.edition()).append(r.product()).append(r.level())
          .append(r.hs6()).append(r.hs4()).append(r.freq()).append(r.period()).append(r.monthFrom())
          .append(r.monthTo()).append(r.value()).append(r.currency());
      if (Double.isNaN(r.quantity())) {
        app.appendNull();
      } else {
        app.append(r.quantity());
      }
      app.append(r.qtyUnit());
      if (Double.isNaN(r.netWeightKg())) {
        app.appendNull();
      } else {
        app.append(r.netWeightKg());
      }
      app.append(false).append(source).append(r.line()).append(id);
      app.endRow();
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  /** An SQL failure inside the parser's callback. */
  private static final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
      super(cause);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}

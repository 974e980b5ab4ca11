package org.chokepoint.trade.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.trade.currency.ExchangeRates;
import org.chokepoint.trade.load.Format;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.LookupTable;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.load.TradeRow;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The trade facts in an embedded DuckDB file. The fact table {@code facts} is narrow (reporter, partner, flow,
 * product, month range, value, currency, quantities, a redundancy mark and the file's id); what describes a product
 * (classification, edition, level, HS 2022 subheading and heading), a file (name, hash, format, unit) and a country
 * as a file names it lives in the dimension tables {@code products}, {@code files} and {@code names}, and the view
 * {@code trade} joins them back into one row per fact, which is what queries read. The table {@code files} is the
 * import manifest: every file imported with its SHA-256, format and row count.
 *
 * <p>An import parses the whole file into a staging table with the Appender first, then replaces that file's earlier
 * rows and inserts the new ones in one transaction: a file that fails to parse leaves the store as it was, and
 * importing the same file again replaces it instead of counting it twice. HS headings whose subheadings a file also
 * reports are marked redundant so that queries never add both. Lookup tables (product labels, country code lists)
 * are stored as labels.
 */
public final class TradeStore implements AutoCloseable {
  static final String STAGE = "reporter VARCHAR, reporter_name VARCHAR, partner VARCHAR, partner_name VARCHAR, "
      + "flow VARCHAR, classification VARCHAR, edition VARCHAR, product VARCHAR, level INTEGER, hs6 VARCHAR, "
      + "hs4 VARCHAR, freq VARCHAR, period VARCHAR, month_from INTEGER, month_to INTEGER, value DOUBLE, "
      + "currency VARCHAR, quantity DOUBLE, qty_unit VARCHAR, net_weight_kg DOUBLE, redundant BOOLEAN, line BIGINT";
  static final String FACTS = "reporter VARCHAR, partner VARCHAR, flow VARCHAR, product VARCHAR, "
      + "month_from INTEGER, month_to INTEGER, value DOUBLE, currency VARCHAR, quantity DOUBLE, net_weight_kg DOUBLE, "
      + "redundant BOOLEAN, file_id INTEGER";
  /** The version of the layout above; a store of another version is refused with what to do. */
  static final String SCHEMA = "2";

  private static final String MONTH = "(CAST(substr(period, 1, 4) AS INTEGER) * 100 "
      + "+ CAST(substr(period, 6, 2) AS INTEGER))";
  private static final String VIEW = "CREATE OR REPLACE VIEW trade AS SELECT f.reporter, "
      + "coalesce(rn.name, f.reporter) AS reporter_name, f.partner, coalesce(pn.name, f.partner) AS partner_name, "
      + "f.flow, coalesce(p.classification, 'HS') AS classification, coalesce(p.edition, '') AS edition, f.product, "
      + "coalesce(p.level, 0) AS level, coalesce(p.hs6, '') AS hs6, coalesce(p.hs4, '') AS hs4, "
      + "CASE WHEN f.month_to = f.month_from THEN 'M' WHEN f.month_to - f.month_from = 2 THEN 'Q' ELSE 'A' END "
      + "AS freq, CASE WHEN f.month_to = f.month_from THEN printf('%d-%02d', f.month_from // 100, "
      + "f.month_from % 100) WHEN f.month_to - f.month_from = 2 THEN printf('%d-Q%d', f.month_from // 100, "
      + "(f.month_from % 100 + 2) // 3) ELSE CAST(f.month_from // 100 AS VARCHAR) END AS period, f.month_from, "
      + "f.month_to, f.value, f.currency, f.quantity, fl.qty_unit, f.net_weight_kg, f.redundant, fl.file AS source, "
      + "fl.import_id FROM facts f JOIN files fl ON fl.file_id = f.file_id "
      + "LEFT JOIN products p ON p.file_id = f.file_id AND p.product = f.product "
      + "AND p.year = CASE WHEN fl.by_year THEN f.month_from // 100 ELSE 0 END "
      + "LEFT JOIN names rn ON rn.file_id = f.file_id AND rn.code = f.reporter "
      + "LEFT JOIN names pn ON pn.file_id = f.file_id AND pn.code = f.partner";

  /** One file in the import manifest. */
  public record Imported(String file, String sha256, String format, long rows, String importedAt) {}

  private final Connection connection;
  private final boolean readOnly;
  private final Path folder;
  private final DiskSpace disk;

  private TradeStore(Connection connection, boolean readOnly, Path folder, DiskSpace disk) {
    this.connection = connection;
    this.readOnly = readOnly;
    this.folder = folder;
    this.disk = disk;
  }

  /** Opens (creating when absent) the store at {@code file} for writing: one process at a time. */
  public static TradeStore open(Path file) throws IOException {
    return open(file, DiskSpace.system());
  }

  /**
   * Opens (creating when absent) the store at {@code file} for writing; imports first check {@code disk} for room
   * (the file's size plus half again), and a store is not created on a full disk, so DuckDB never starts writing
   * without room.
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
        s.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)");
        String version = version(s);
        if (version == null) {
          if (tableExists(s, "trade")) {
            c.close();
            throw new IOException(file + ": a trade store of an earlier layout (one wide table); import the files "
                + "again into a new data directory, or delete " + file.getFileName());
          }
          s.execute("INSERT INTO meta VALUES ('schema', '" + SCHEMA + "')");
        } else if (!version.equals(SCHEMA)) {
          c.close();
          throw new IOException(file + ": trade store layout " + version + ", this version reads " + SCHEMA);
        }
        s.execute("CREATE TABLE IF NOT EXISTS facts (" + FACTS + ")");
        s.execute("CREATE TABLE IF NOT EXISTS files (file_id INTEGER, file VARCHAR, import_id VARCHAR, "
            + "format VARCHAR, rows BIGINT, skipped BIGINT, imported_at VARCHAR, qty_unit VARCHAR, by_year BOOLEAN)");
        s.execute("CREATE TABLE IF NOT EXISTS products (file_id INTEGER, product VARCHAR, year INTEGER, "
            + "classification VARCHAR, edition VARCHAR, level INTEGER, hs6 VARCHAR, hs4 VARCHAR)");
        s.execute("CREATE TABLE IF NOT EXISTS names (file_id INTEGER, code VARCHAR, name VARCHAR)");
        s.execute("CREATE TABLE IF NOT EXISTS labels (kind VARCHAR, code VARCHAR, label VARCHAR, source VARCHAR)");
        s.execute("CREATE TABLE IF NOT EXISTS rates (currency VARCHAR, freq VARCHAR, month_from INTEGER, "
            + "month_to INTEGER, per_eur DOUBLE, days INTEGER, source VARCHAR, last_day VARCHAR)");
        s.execute(VIEW);
        s.execute("CREATE OR REPLACE VIEW imports AS SELECT import_id, file, format, rows, skipped, imported_at "
            + "FROM files WHERE format <> 'rates' AND format NOT LIKE 'lookup%'");
      }
      return new TradeStore(c, false, folder, disk);
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open the trade store: " + e.getMessage(), e);
    }
  }

  /** Opens the store at {@code file} read-only: any number of processes may read one store at a time. */
  public static TradeStore openReadOnly(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(file + ": no trade store; run 'chokepoint trade import FILE...'");
    }
    try {
      Properties p = new Properties();
      p.setProperty("duckdb.read_only", "true");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
      try (Statement s = c.createStatement()) {
        String version = tableExists(s, "meta") ? version(s) : null;
        if (!SCHEMA.equals(version)) {
          c.close();
          throw new IOException(file + ": a trade store of an earlier layout; import the files again");
        }
      }
      return new TradeStore(c, true, file.toAbsolutePath().getParent(), DiskSpace.system());
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open the trade store: " + e.getMessage(), e);
    }
  }

  private static String version(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static boolean tableExists(Statement s, String name) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + name
        + "' AND table_schema = 'main'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** The connection, for queries. */
  public Connection connection() {
    return connection;
  }

  /** The import manifest: every file in the store with its hash, oldest first. */
  public List<Imported> manifest() throws IOException {
    List<Imported> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT file, import_id, format, rows, imported_at FROM files ORDER BY file_id")) {
      while (rs.next()) {
        out.add(new Imported(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
      }
    } catch (SQLException e) {
      throw new IOException("trade store manifest: " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  /** Product labels from imported lookup tables, code → label (CN8, HS codes). */
  public java.util.Map<String, String> productLabels() throws IOException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT code, label FROM labels WHERE kind = 'PRODUCTS'")) {
      while (rs.next()) {
        out.putIfAbsent(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IOException("trade store labels: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Imports one file (format null: detect; a lookup table is stored as labels); see the class comment for the
   * guarantees.
   */
  public synchronized ImportReport importFile(Path file, Format format, TradeParser parser) throws IOException {
    requireWritable();
    disk.require(folder, DiskSpace.estimate(Files.size(file), 0), "trade import of " + file.getFileName());
    if (format == null && ExchangeRates.isRates(file)) {
      return importRates(file);
    }
    if (format == null && LookupTable.isLookup(file)) {
      return importLookup(file);
    }
    String name = file.getFileName().toString();
    String id = sha256(file);
    try {
      stage();
      ImportReport report;
      try (DuckDBAppender app = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "stage_import")) {
        report = parser.parse(file, format, row -> append(app, row));
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
      List<String> notes = new ArrayList<>(report.notes());
      if (duplicates > 0) {
        notes.add(duplicates + " row(s) repeating a fact already in the file (same reporter, partner, flow, product, "
            + "period and value) were dropped");
      }
      report = new ImportReport(report.file(), report.format(), report.rowsRead(), report.rowsStored() - duplicates,
          report.skipped(), report.skippedLines(), report.unknownCountries(), notes, false, report.aggregates(),
          report.notPlaces());
      boolean replaced = commit(name, id, report);
      return new ImportReport(report.file(), report.format(), report.rowsRead(), report.rowsStored(),
          report.skipped(), report.skippedLines(), report.unknownCountries(), report.notes(), replaced,
          report.aggregates(), report.notPlaces());
    } catch (SQLException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    } finally {
      dropStage();
    }
  }

  /** Stores the ECB reference rates as monthly, quarterly and annual averages, replacing earlier rates. */
  private ImportReport importRates(Path file) throws IOException {
    String name = file.getFileName().toString();
    String id = sha256(file);
    ExchangeRates rates = ExchangeRates.read(file);
    boolean auto = autoCommit();
    try (Statement s = connection.createStatement();
         PreparedStatement forget = connection.prepareStatement("DELETE FROM files WHERE file = ? OR import_id = ? "
             + "OR format = 'rates'");
         PreparedStatement record = connection.prepareStatement("INSERT INTO files VALUES ((SELECT coalesce(max(file_id), "
             + "0) + 1 FROM files), ?, ?, 'rates', ?, 0, ?, '', false)")) {
      connection.setAutoCommit(false);
      s.execute("DELETE FROM rates");
      forget.setString(1, name);
      forget.setString(2, id);
      forget.executeUpdate();
      try (DuckDBAppender app = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "rates")) {
        for (ExchangeRates.Average a : rates.averages()) {
          app.beginRow();
          app.append(a.currency()).append(a.freq()).append(a.monthFrom()).append(a.monthTo()).append(a.perEuro())
              .append(a.days()).append(name).append(rates.lastDay());
          app.endRow();
        }
      }
      record.setString(1, name);
      record.setString(2, id);
      record.setLong(3, rates.averages().size());
      record.setString(4, Instant.now().toString());
      record.executeUpdate();
      connection.commit();
      return new ImportReport(name, null, rates.averages().size(), rates.averages().size(), java.util.Map.of(),
          java.util.Map.of(), java.util.Map.of(), List.of("ECB euro reference rates " + rates.firstDay() + ".."
              + rates.lastDay() + ": monthly, quarterly and annual averages stored for --currency conversion"),
          false, java.util.Map.of(), java.util.Map.of());
    } catch (SQLException e) {
      rollback();
      throw new IOException(name + ": " + e.getMessage(), e);
    } finally {
      restore(auto);
    }
  }

  private ImportReport importLookup(Path file) throws IOException {
    String name = file.getFileName().toString();
    String id = sha256(file);
    LookupTable table = LookupTable.read(file);
    boolean auto = autoCommit();
    try (PreparedStatement forgetLabels = connection.prepareStatement("DELETE FROM labels WHERE source = ?");
         PreparedStatement forget = connection.prepareStatement("DELETE FROM files WHERE file = ? OR import_id = ?");
         PreparedStatement old = connection.prepareStatement("SELECT count(*) FROM files WHERE file = ? OR import_id = ?");
         PreparedStatement record = connection.prepareStatement("INSERT INTO files VALUES ((SELECT coalesce(max(file_id), "
             + "0) + 1 FROM files), ?, ?, ?, ?, ?, ?, '', false)")) {
      connection.setAutoCommit(false);
      old.setString(1, name);
      old.setString(2, id);
      boolean replaced;
      try (ResultSet rs = old.executeQuery()) {
        rs.next();
        replaced = rs.getLong(1) > 0;
      }
      forgetLabels.setString(1, name);
      forgetLabels.executeUpdate();
      forget.setString(1, name);
      forget.setString(2, id);
      forget.executeUpdate();
      try (DuckDBAppender app = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "labels")) {
        for (LookupTable.Entry e : table.entries()) {
          app.beginRow();
          app.append(table.kind().name()).append(e.code()).append(e.label()).append(name);
          app.endRow();
        }
      }
      String kind = "lookup_" + table.kind().name().toLowerCase(Locale.ROOT);
      record.setString(1, name);
      record.setString(2, id);
      record.setString(3, kind);
      record.setLong(4, table.entries().size());
      record.setLong(5, table.skipped());
      record.setString(6, Instant.now().toString());
      record.executeUpdate();
      connection.commit();
      java.util.Map<String, Long> skipped = table.skipped() == 0 ? java.util.Map.of()
          : java.util.Map.of("row without a code or a label", table.skipped());
      return new ImportReport(name, null, table.entries().size() + table.skipped(), table.entries().size(), skipped,
          java.util.Map.of(), java.util.Map.of(), List.of("lookup table of " + (table.kind() == LookupTable.Kind.PRODUCTS
              ? "product" : "country") + " labels: " + table.entries().size() + " labels stored and used to name them in answers "
              + "and charts"), replaced, java.util.Map.of(), java.util.Map.of());
    } catch (SQLException e) {
      rollback();
      throw new IOException(name + ": " + e.getMessage(), e);
    } finally {
      restore(auto);
    }
  }

  /**
   * Loads a large file in Chokepoint's own layout ({@code reporter,partner,flow,product,period,value,currency} with
   * ISO alpha-2 countries, HS6 products and yyyy-mm periods) with DuckDB's CSV reader, in one transaction.
   */
  public synchronized long bulkLoad(Path csv) throws IOException {
    requireWritable();
    disk.require(folder, DiskSpace.estimate(Files.size(csv), 0), "trade import of " + csv.getFileName());
    String name = csv.getFileName().toString();
    boolean auto = autoCommit();
    try {
      connection.setAutoCommit(false);
      int fileId = replaceFile(name, name);
      long rows;
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO facts SELECT reporter, partner, flow, "
          + "product, " + MONTH + ", " + MONTH + ", value, currency, NULL, NULL, false, " + fileId + " "
          + "FROM read_csv(?, header = true, auto_detect = false, delim = ',', columns = {'reporter': 'VARCHAR', "
          + "'partner': 'VARCHAR', 'flow': 'VARCHAR', 'product': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE', "
          + "'currency': 'VARCHAR'})")) {
        insert.setString(1, csv.toAbsolutePath().toString());
        rows = insert.executeUpdate();
      }
      try (Statement s = connection.createStatement()) {
        s.execute("INSERT INTO products SELECT " + fileId + ", product, 0, 'HS', 'HS2022', length(product), "
            + "substr(product, 1, 6), substr(product, 1, 4) FROM (SELECT DISTINCT product FROM facts WHERE file_id = "
            + fileId + ")");
      }
      try (PreparedStatement record = connection.prepareStatement("INSERT INTO files VALUES (?, ?, ?, 'csv', ?, 0, ?, "
          + "'', false)")) {
        record.setInt(1, fileId);
        record.setString(2, name);
        record.setString(3, name);
        record.setLong(4, rows);
        record.setString(5, Instant.now().toString());
        record.executeUpdate();
      }
      connection.commit();
      return rows;
    } catch (SQLException e) {
      rollback();
      throw new IOException(name + ": " + e.getMessage(), e);
    } finally {
      restore(auto);
    }
  }

  /** Deletes the earlier import of a file (by name or hash) and returns the id for its new rows. */
  private int replaceFile(String name, String id) throws SQLException {
    List<Integer> old = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT file_id FROM files WHERE file = ? OR import_id = ?")) {
      p.setString(1, name);
      p.setString(2, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          old.add(rs.getInt(1));
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      for (int fid : old) {
        for (String table : List.of("facts", "products", "names", "files")) {
          s.execute("DELETE FROM " + table + " WHERE file_id = " + fid);
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT coalesce(max(file_id), 0) + 1 FROM files")) {
        rs.next();
        return rs.getInt(1);
      }
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
      s.execute("CREATE TABLE stage_import (" + STAGE + ")");
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
         PreparedStatement old = connection.prepareStatement("SELECT count(*) FROM files WHERE file = ? OR "
             + "import_id = ?");
         PreparedStatement record = connection.prepareStatement("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
             + "true)")) {
      old.setString(1, name);
      old.setString(2, id);
      boolean replaced;
      try (var rs = old.executeQuery()) {
        rs.next();
        replaced = rs.getLong(1) > 0;
      }
      int fileId = replaceFile(name, id);
      s.execute("INSERT INTO facts SELECT reporter, partner, flow, product, month_from, month_to, value, currency, "
          + "quantity, net_weight_kg, redundant, " + fileId + " FROM stage_import");
      s.execute("INSERT INTO products SELECT " + fileId + ", product, month_from // 100, any_value(classification), "
          + "any_value(edition), any_value(level), any_value(hs6), any_value(hs4) FROM stage_import "
          + "GROUP BY product, month_from // 100");
      s.execute("INSERT INTO names SELECT " + fileId + ", code, any_value(name) FROM (SELECT reporter AS code, "
          + "reporter_name AS name FROM stage_import UNION ALL SELECT partner, partner_name FROM stage_import) "
          + "GROUP BY code");
      String unit;
      try (ResultSet rs = s.executeQuery("SELECT coalesce(any_value(qty_unit), '') FROM stage_import")) {
        rs.next();
        unit = rs.getString(1);
      }
      record.setInt(1, fileId);
      record.setString(2, name);
      record.setString(3, id);
      record.setString(4, report.format().name().toLowerCase(Locale.ROOT));
      record.setLong(5, report.rowsStored());
      record.setLong(6, report.skipped().values().stream().mapToLong(Long::longValue).sum());
      record.setString(7, Instant.now().toString());
      record.setString(8, unit);
      record.executeUpdate();
      connection.commit();
      return replaced;
    } catch (SQLException e) {
      rollback();
      throw e;
    } finally {
      restore(auto);
    }
  }

  private boolean autoCommit() throws IOException {
    try {
      return connection.getAutoCommit();
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the transaction is gone with the connection
    }
  }

  private void restore(boolean auto) {
    try {
      connection.setAutoCommit(auto);
    } catch (SQLException e) {
      // nothing left to restore
    }
  }

  private void requireWritable() throws IOException {
    if (readOnly) {
      throw new IOException("the trade store is open read-only");
    }
  }

  /** Writes everything to the file (before it is switched in as the live store). */
  public void checkpoint() throws IOException {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IOException("trade store checkpoint: " + e.getMessage(), e);
    }
  }

  private static void append(DuckDBAppender app, TradeRow r) {
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
      app.append(false).append(r.line());
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

  /** The SHA-256 of a file, hex. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
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

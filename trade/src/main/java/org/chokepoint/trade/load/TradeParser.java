package org.chokepoint.trade.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.goods.hs.Correlation;

/**
 * Reads one trade file in any {@link Format} into {@link TradeRow}s. Problems are counted per reason with the first
 * lines that had them; unknown country names are counted, and their rows kept with an empty code. A file whose last
 * line is cut off (half a download) is refused.
 */
public final class TradeParser {
  private static final int EXAMPLES = 5;

  private final Map<String, String> hs2017to2022;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final Map<String, List<Long>> skippedLines = new TreeMap<>();
  private final Map<String, Long> unknown = new TreeMap<>();
  private final Map<String, Long> aggregates = new TreeMap<>();
  private final Map<String, Long> notPlaces = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private long read;
  private long emitted;

  /** {@code correlation} maps HS 2017 subheadings to HS 2022 for grouping; null leaves codes as reported. */
  public TradeParser(Correlation correlation) {
    Map<String, String> map = new HashMap<>();
    if (correlation != null) {
      correlation.table(Correlation.Edition.HS2017).forEach((from, links) -> {
        if (!links.isEmpty()) {
          map.put(from, links.getFirst().code());
        }
      });
    }
    this.hs2017to2022 = Map.copyOf(map);
  }

  /** Parses {@code file}; {@code format} null means detect from the header. */
  public ImportReport parse(Path file, Format format, Consumer<TradeRow> sink) throws IOException {
    String text = TextFiles.read(file);
    if (text.isBlank()) {
      throw new IOException(file + ": empty file");
    }
    if (!text.endsWith("\n") && !text.endsWith("\r")) {
      String last = text.substring(text.lastIndexOf('\n') + 1);
      long quotes = last.chars().filter(c -> c == '"').count();
      String first = text.substring(0, Math.max(0, text.indexOf('\n')));
      char d = delimiter(first);
      long fields = last.chars().filter(c -> c == d).count();
      long headerFields = first.chars().filter(c -> c == d).count();
      if (quotes % 2 == 1 || fields < headerFields) {
        throw new IOException(file + " line " + text.lines().count() + ": the last line is cut off ("
            + fields + " of " + headerFields + " separators); the file looks like half a download");
      }
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = delimiter(firstLine);
    try (CsvReader csv = new CsvReader(new java.io.StringReader(text), delimiter)) {
      CsvReader.Row headerRow = csv.next();
      List<String> header = headerRow.fields().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
      Format f = format != null ? format : Format.detect(header);
      if (f == null) {
        throw new IOException(file + " line 1: no known trade layout has these columns: " + header
            + " (use --format, or the csv layout: " + Format.CSV.required() + ")");
      }
      if (format != null && !headerHas(header, format)) {
        throw new IOException(file + " line 1: not a " + f.name().toLowerCase(Locale.ROOT) + " file: missing "
            + f.required());
      }
      if (delimiter != ',') {
        notes.add("delimiter '" + delimiter + "'");
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
      }
      Reader reader = new Reader(csv, col, header.size());
      switch (f) {
        case COMTRADE -> comtrade(reader, sink);
        case COMTRADE_LEGACY -> comtradeLegacy(reader, sink);
        case BACI -> baci(reader, sink);
        case IMF -> imf(reader, header, sink);
        case EUROSTAT -> eurostat(reader, sink);
        case EUROSTAT_SANCTIONED -> eurostatSanctioned(reader, sink);
        case EUROSTAT_RELATIONAL -> eurostatRelational(reader, sink);
        case ARMSTAT_COUNTRY -> armstatCountry(reader, sink);
        case ARMSTAT_GOODS -> armstatGoods(reader, sink);
        case CSV -> canonical(reader, sink);
      }
      return new ImportReport(file.getFileName().toString(), f, read, emitted, skipped, skippedLines, unknown, notes,
          false, aggregates, notPlaces);
    } catch (CsvReader.MalformedCsvException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean headerHas(List<String> header, Format f) {
    return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(f.required());
  }

  private static char delimiter(String line) {
    char best = ',';
    long most = -1;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      long n = line.chars().filter(x -> x == c).count();
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  /** Rows with named cells. */
  private final class Reader {
    final CsvReader csv;
    final Map<String, Integer> col;
    final int width;
    CsvReader.Row row;

    Reader(CsvReader csv, Map<String, Integer> col, int width) {
      this.csv = csv;
      this.col = col;
      this.width = width;
    }

    boolean next() throws IOException {
      while ((row = csv.next()) != null) {
        if (row.fields().size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        read++;
        if (row.fields().size() < width) {
          skip("short row (" + row.fields().size() + " of " + width + " fields)", row.line());
          continue;
        }
        return true;
      }
      return false;
    }

    String get(String name) {
      Integer i = col.get(name);
      return i == null ? "" : row.get(i).strip();
    }

    long line() {
      return row.line();
    }
  }

  private void skip(String reason, long line) {
    skipped.merge(reason, 1L, Long::sum);
    List<Long> lines = skippedLines.computeIfAbsent(reason, k -> new ArrayList<>());
    if (lines.size() < EXAMPLES) {
      lines.add(line);
    }
  }

  private final Map<String, String> countryCache = new HashMap<>();
  private final Map<String, TradePeriods.Parsed> periodCache = new HashMap<>();

  private String country(String raw) {
    String code = countryCache.computeIfAbsent(raw == null ? "" : raw, TradeCountries::code);
    if (raw != null && !raw.isBlank()) {
      switch (TradeCountries.kind(code)) {
        case UNKNOWN -> unknown.merge(raw.strip(), 1L, Long::sum);
        case AGGREGATE -> aggregates.merge(raw.strip() + " = " + code, 1L, Long::sum);
        case NOT_A_PLACE -> notPlaces.merge(raw.strip() + " = " + code, 1L, Long::sum);
        case PLACE -> { }
      }
    }
    return code;
  }

  /** The value, or null after recording why the row is skipped. */
  private Double value(String raw, double scale, long line) {
    double v;
    try {
      v = Numbers.parse(raw);
    } catch (NumberFormatException e) {
      skip("value is not a number", line);
      return null;
    }
    if (Double.isNaN(v)) {
      skip("value missing", line);
      return null;
    }
    if (v < 0) {
      skip("negative value", line);
      return null;
    }
    return v * scale;
  }

  private TradePeriods.Parsed period(String raw, long line) {
    TradePeriods.Parsed p = raw == null ? null : periodCache.computeIfAbsent(raw, TradePeriods::parse);
    if (p == null) {
      skip("period in an unknown format", line);
    }
    return p;
  }

  private void emit(Consumer<TradeRow> sink, String reporterRaw, String partnerRaw, String flow, String classification,
      String edition, String product, TradePeriods.Parsed p, double value, String currency, double qty, String unit,
      double kg, long line) {
    emit(sink, reporterRaw, partnerRaw, partnerRaw, flow, classification, edition, product, p, value, currency, qty,
        unit, kg, line);
  }

  private void emit(Consumer<TradeRow> sink, String reporterRaw, String partnerRaw, String partnerName, String flow,
      String classification, String edition, String product, TradePeriods.Parsed p, double value, String currency,
      double qty, String unit, double kg, long line) {
    String code = product.chars().allMatch(Character::isLetterOrDigit) ? product
        : product.replaceAll("[^0-9A-Za-z]", "");
    boolean digits = !code.isEmpty() && code.chars().allMatch(Character::isDigit);
    int level = digits ? code.length() : 0;
    String hs6 = "";
    String hs4 = "";
    if (digits && level >= 6) {
      hs6 = code.substring(0, 6);
      if (isHs2017(edition, p.year())) {
        hs6 = hs2017to2022.getOrDefault(hs6, hs6);
      }
      hs4 = hs6.substring(0, 4);
    } else if (digits && level == 4) {
      hs4 = code;
    }
    emitted++;
    sink.accept(new TradeRow(country(reporterRaw), reporterRaw, country(partnerRaw), partnerName, flow,
        classification, edition, digits ? code : product.toUpperCase(Locale.ROOT), level, hs6, hs4, p.freq(),
        p.label(), p.monthFrom(), p.monthTo(), value, currency, qty, unit, kg, line));
  }

  private static boolean isHs2017(String edition, int year) {
    return switch (edition) {
      case "H5", "HS2017" -> true;
      case "" -> year >= 2017 && year <= 2021;
      default -> edition.startsWith("CN") && year >= 2017 && year <= 2021;
    };
  }

  private static String flow(String raw) {
    String f = raw.strip().toUpperCase(Locale.ROOT).replaceFirst("^[0-9]-", "");
    return switch (f) {
      case "M", "IMPORT", "IMPORTS", "1" -> "M";
      case "X", "EXPORT", "EXPORTS", "2" -> "X";
      case "RX", "RE-EXPORT", "RE-EXPORTS" -> "RX";
      case "RM", "RE-IMPORT", "RE-IMPORTS" -> "RM";
      default -> f;
    };
  }

  private static double optional(String raw) {
    try {
      double v = Numbers.parse(raw);
      return v < 0 ? Double.NaN : v;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private void comtrade(Reader r, Consumer<TradeRow> sink) throws IOException {
    record Key(String reporter, String partner, String flow, String cmd, String period, String freq, String cl) {}
    Map<Key, double[]> totals = new LinkedHashMap<>();
    Map<Key, double[]> parts = new LinkedHashMap<>();
    Map<Key, Long> lines = new HashMap<>();
    while (r.next()) {
      String period = r.get("freqcode").equalsIgnoreCase("M") ? r.get("period") : r.get("refyear");
      Key k = new Key(r.get("reportercode"), r.get("partnercode"), flow(r.get("flowcode")), r.get("cmdcode"), period,
          r.get("freqcode"), r.get("classificationcode"));
      Double v = value(r.get("primaryvalue"), 1, r.line());
      if (v == null) {
        continue;
      }
      double[] cell = {v, optional(r.get("qty")), optional(r.get("netwgt"))};
      boolean total = r.get("partner2code").replaceAll("\\s", "").equals("0")
          && r.get("customscode").strip().equalsIgnoreCase("C00") && r.get("motcode").strip().equals("0")
          && r.get("moscode").strip().equals("0");
      lines.putIfAbsent(k, r.line());
      Map<Key, double[]> target = total ? totals : parts;
      target.merge(k, cell, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    }
    int summed = 0;
    java.util.Set<Key> keys = new java.util.LinkedHashSet<>(totals.keySet());
    keys.addAll(parts.keySet());
    for (Key k : keys) {
      double[] cell = totals.get(k);
      if (cell == null) {
        cell = parts.get(k);
        summed++;
      }
      TradePeriods.Parsed p = period(k.period(), lines.get(k));
      if (p == null) {
        continue;
      }
      emit(sink, k.reporter(), k.partner(), k.flow(), "HS", k.cl(), k.cmd(), p, cell[0], "USD", cell[1], "",
          cell[2], lines.get(k));
    }
    if (summed > 0) {
      notes.add(summed + " flow(s) had no total row (partner2Code 0, customsCode C00, motCode 0, mosCode 0): "
          + "their breakdown rows were summed");
    }
  }

  private void comtradeLegacy(Reader r, Consumer<TradeRow> sink) throws IOException {
    record Key(String reporter, String partner, String flow, String cmd, int year, int month) {}
    Map<Key, double[]> sums = new LinkedHashMap<>();
    Map<Key, Long> lines = new HashMap<>();
    while (r.next()) {
      Double v = value(r.get("trade_value_us"), 1, r.line());
      if (v == null) {
        continue;
      }
      int year;
      int month;
      try {
        year = Integer.parseInt(r.get("year"));
        String m = r.get("month");
        month = m.isEmpty() ? 0 : Integer.parseInt(m);
      } catch (NumberFormatException e) {
        skip("period in an unknown format", r.line());
        continue;
      }
      Key k = new Key(r.get("reporter_code"), r.get("partner_code"), flow(r.get("trade_flow")),
          r.get("commodity_code"), year, month);
      lines.putIfAbsent(k, r.line());
      sums.merge(k, new double[] {v, optional(r.get("qty")), optional(r.get("netweight_kg"))},
          (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    }
    notes.add("rows by mode of transport were summed per reporter, partner, flow, commodity and month");
    sums.forEach((k, cell) -> {
      TradePeriods.Parsed p = k.month() == 0 ? TradePeriods.parse(String.valueOf(k.year()))
          : TradePeriods.month(k.year(), k.month());
      emit(sink, k.reporter(), k.partner(), k.flow(), "HS", "", k.cmd(), p, cell[0], "USD", cell[1], "", cell[2],
          lines.get(k));
    });
  }

  private void baci(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("t"), r.line());
      Double v = value(r.get("v"), 1000, r.line());
      if (p == null || v == null) {
        continue;
      }
      double tonnes = optional(r.get("q"));
      emit(sink, r.get("i"), r.get("j"), "X", "HS", "", r.get("k"), p, v, "USD", tonnes, "t", tonnes * 1000,
          r.line());
    }
  }

  private void imf(Reader r, List<String> header, Consumer<TradeRow> sink) throws IOException {
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).matches("(19|20)\\d{2}")) {
        years.add(i);
      }
    }
    while (r.next()) {
      String flowId = r.get("trade_flow.id").toUpperCase(Locale.ROOT);
      String flow = flowId.startsWith("M") ? "M" : flowId.startsWith("X") ? "X" : flowId;
      double scale = Math.pow(10, Numbers.parse(r.get("scale.id").isEmpty() ? "0" : r.get("scale.id")));
      String indicator = r.get("indicator.id");
      String currency = indicator.contains("USD") ? "USD" : indicator.contains("EUR") ? "EUR" : "USD";
      for (int i : years) {
        String cell = r.row.get(i).strip();
        if (cell.isEmpty()) {
          continue;
        }
        Double v = value(cell, scale, r.line());
        if (v == null) {
          continue;
        }
        emit(sink, r.get("country.id"), r.get("counterpart_country.id"), r.get("counterpart_country"), flow,
            "TOTAL", "", "TOTAL",
            TradePeriods.parse(header.get(i)), v, currency, Double.NaN, "", Double.NaN, r.line());
      }
    }
  }

  private void eurostat(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("period"), r.line());
      Double v = value(r.get("value_eur"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      emit(sink, r.get("reporter"), r.get("partner"), flow(r.get("flow")), "CN", "CN" + p.year(), r.get("cn8"), p, v,
          "EUR", Double.NaN, "", Double.NaN, r.line());
    }
  }

  private void eurostatSanctioned(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("month"), r.line());
      Double v = value(r.get("sanctioned_export"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      emit(sink, r.get("reporter"), r.get("partner"), "X", "SANCTIONED", "", "EU-SANCTIONED", p, v, "EUR",
          Double.NaN, "", Double.NaN, r.line());
    }
  }

  private void eurostatRelational(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("period"), r.line());
      Double v = value(r.get("value_in_eur"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      String product = r.get("product");
      boolean total = product.toUpperCase(Locale.ROOT).matches("(TOTAL|TOTAL-TOTAL|TOTAL-.*)");
      emit(sink, r.get("reporter"), r.get("partner"), flow(r.get("flow")), total ? "TOTAL" : "CN", "",
          total ? "TOTAL" : product, p, v, "EUR", Double.NaN, "", Double.NaN, r.line());
    }
  }

  private void armstatCountry(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p;
      try {
        p = TradePeriods.month(Integer.parseInt(r.get("year")), Integer.parseInt(r.get("month")));
      } catch (NumberFormatException e) {
        skip("period in an unknown format", r.line());
        continue;
      }
      String[][] flows = {{"export", "X"}, {"import_origin", "M"}, {"import_consignment", "MC"}};
      for (String[] f : flows) {
        if (!r.col.containsKey(f[0]) || r.get(f[0]).isEmpty()) {
          continue;
        }
        Double v = value(r.get(f[0]), 1000, r.line());
        if (v != null) {
          emit(sink, "Armenia", r.get("country"), f[1], "TOTAL", "", "TOTAL", p, v, "USD", Double.NaN, "",
              Double.NaN, r.line());
        }
      }
    }
  }

  private void armstatGoods(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("period"), r.line());
      Double v = value(r.get("trade_value_us"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      emit(sink, "Armenia", "World", flow(r.get("trade_flow")), "HS", "", r.get("commodity_code"), p, v, "USD",
          Double.NaN, "", Double.NaN, r.line());
    }
  }

  private void canonical(Reader r, Consumer<TradeRow> sink) throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = period(r.get("period"), r.line());
      Double v = value(r.get("value"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      String currency = r.get("currency").toUpperCase(Locale.ROOT);
      emit(sink, r.get("reporter"), r.get("partner"), flow(r.get("flow")), "HS", "", r.get("product"), p, v,
          currency.isEmpty() ? "USD" : currency, optional(r.get("quantity")), "", optional(r.get("net_weight_kg")),
          r.line());
    }
  }
}

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
 * Reads one trade file in any {@link Format} into {@link TradeRow}s: finds the delimiter and the layout, then hands
 * the rows to the layout's {@link TradeLayout} and gives it the shared rules (values, periods, countries, products). Problems are counted per reason with the first
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

  /** Records a note for the import report. */
  void note(String note) {
    notes.add(note);
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
      Rows reader = new Rows(csv, col, header.size());
      f.layout().read(reader, header, this, sink);
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

  /** The rows of a trade file with named cells; short rows are skipped with their reason. */
  final class Rows {
    final CsvReader csv;
    final Map<String, Integer> col;
    final int width;
    CsvReader.Row row;

    Rows(CsvReader csv, Map<String, Integer> col, int width) {
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

    /** Whether the header has a column. */
    boolean has(String name) {
      return col.containsKey(name);
    }

    /** The cell at a column index, stripped. */
    String cell(int index) {
      return row.get(index).strip();
    }

    String get(String name) {
      Integer i = col.get(name);
      return i == null ? "" : row.get(i).strip();
    }

    long line() {
      return row.line();
    }
  }

  void skip(String reason, long line) {
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
  Double value(String raw, double scale, long line) {
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

  TradePeriods.Parsed period(String raw, long line) {
    TradePeriods.Parsed p = raw == null ? null : periodCache.computeIfAbsent(raw, TradePeriods::parse);
    if (p == null) {
      skip("period in an unknown format", line);
    }
    return p;
  }

  void emit(Consumer<TradeRow> sink, String reporterRaw, String partnerRaw, String flow, String classification,
      String edition, String product, TradePeriods.Parsed p, double value, String currency, double qty, String unit,
      double kg, long line) {
    emit(sink, reporterRaw, partnerRaw, partnerRaw, flow, classification, edition, product, p, value, currency, qty,
        unit, kg, line);
  }

  void emit(Consumer<TradeRow> sink, String reporterRaw, String partnerRaw, String partnerName, String flow,
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

  static String flow(String raw) {
    String f = raw.strip().toUpperCase(Locale.ROOT).replaceFirst("^[0-9]-", "");
    return switch (f) {
      case "M", "IMPORT", "IMPORTS", "1" -> "M";
      case "X", "EXPORT", "EXPORTS", "2" -> "X";
      case "RX", "RE-EXPORT", "RE-EXPORTS" -> "RX";
      case "RM", "RE-IMPORT", "RE-IMPORTS" -> "RM";
      default -> f;
    };
  }

  static double optional(String raw) {
    try {
      double v = Numbers.parse(raw);
      return v < 0 ? Double.NaN : v;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }










}

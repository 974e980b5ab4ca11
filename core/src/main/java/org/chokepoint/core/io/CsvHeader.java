package org.chokepoint.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a CSV file: column names to positions, with required columns checked once for every reader of
 * headed CSV files (lists, goods, evaluation sets, batch input).
 */
public record CsvHeader(List<String> names, Map<String, Integer> columns) {
  public CsvHeader {
    names = List.copyOf(names);
    columns = Map.copyOf(columns);
  }

  /**
   * Reads {@code header} (the first row; a byte-order mark and spaces around names are ignored, the first of
   * repeated names wins) and checks that every {@code required} column is there, naming the file when one is not.
   */
  public static CsvHeader of(CsvReader.Row header, Path file, List<String> required) throws IOException {
    if (header == null) {
      throw new IOException(file + ": empty file");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.putIfAbsent(header.fields().get(i).replace("\uFEFF", "").strip(), i);
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        throw new IOException(file + ": required column '" + r + "' missing from the header " + header.fields());
      }
    }
    return new CsvHeader(header.fields(), columns);
  }

  /** Reads the first row of {@code csv} as the header. */
  public static CsvHeader read(CsvReader csv, Path file, List<String> required) throws IOException {
    return of(csv.next(), file, required);
  }

  /**
   * The values of one column of a headed CSV file, stripped; with {@code keepBlank} every row gives a value so
   * columns read this way line up, without it blank values are left out.
   */
  public static List<String> column(Path file, String column, boolean keepBlank) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader header = read(csv, file, List.of(column));
      for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
        String v = header.get(r, column);
        if (keepBlank || !v.isEmpty()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  public boolean has(String column) {
    return column != null && columns.containsKey(column);
  }

  /** The field of {@code row} in {@code column}, stripped; "" when the file has no such column. */
  public String get(CsvReader.Row row, String column) {
    Integer i = column == null ? null : columns.get(column);
    return i == null ? "" : row.get(i).strip();
  }

  public int size() {
    return names.size();
  }
}

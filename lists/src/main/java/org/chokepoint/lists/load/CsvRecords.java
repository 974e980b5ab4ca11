package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/** Reads a CSV file with a header row and hands each record to a consumer with access to fields by column name. */
final class CsvRecords {
  /** One record with its line and the header's column positions. */
  record Row(long line, CsvHeader header, CsvReader.Row raw) {
    String get(String column) {
      return header.get(raw, column);
    }

    /** The field split on ";" into trimmed, non-blank values. */
    List<String> values(String column) {
      return java.util.Arrays.stream(get(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private CsvRecords() {}

  /**
   * Reads {@code file}; rows with a different field count than the header, and a malformed tail, are reported to
   * {@code tally}. Fails when a required column is missing.
   */
  static void read(Path file, Tally tally, List<String> required, Consumer<Row> consumer) throws IOException {
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        tally.problem(" empty file " + file.getFileName());
        return;
      }
      CsvHeader columns = CsvHeader.of(header, file, required);
      while (true) {
        CsvReader.Row row;
        try {
          row = csv.next();
        } catch (CsvReader.MalformedCsvException e) {
          tally.skip("malformed CSV", file.getFileName() + " " + e.getMessage());
          return;
        }
        if (row == null) {
          return;
        }
        tally.read();
        if (row.fields().size() != header.fields().size()) {
          tally.skip("field count differs from header",
              file.getFileName() + " line " + row.line() + ": " + row.fields().size() + " fields, header has "
                  + header.fields().size());
          continue;
        }
        consumer.accept(new Row(row.line(), columns, row));
      }
    }
  }
}

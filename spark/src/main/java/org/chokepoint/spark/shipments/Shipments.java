package org.chokepoint.spark.shipments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;

/** Reads shipment CSV files (the layout of {@link ShipmentRecord#HEADER}, UTF-8) for the embedded path. */
public final class Shipments {
  private Shipments() {}

  /** Every shipment of a (small) file. */
  public static List<ShipmentRecord> read(Path csv) throws IOException {
    List<ShipmentRecord> out = new ArrayList<>();
    read(csv, 10_000, out::addAll);
    return out;
  }

  /** Streams a file of any size in batches of {@code batch} shipments. */
  public static void read(Path csv, int batch, Consumer<List<ShipmentRecord>> sink) throws IOException {
    List<ShipmentRecord> out = new ArrayList<>(batch);
    try (CsvReader r = new CsvReader(java.nio.file.Files.newBufferedReader(csv))) {
      CsvHeader h = CsvHeader.read(r, csv, List.of("id", "shipper", "consignee", "hs", "value"));
      for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
        double value;
        try {
          value = Double.parseDouble(h.get(row, "value"));
        } catch (NumberFormatException e) {
          throw new IOException(csv + " line " + row.line() + ": value '" + h.get(row, "value") + "' is not a number");
        }
        out.add(new ShipmentRecord(h.get(row, "id"), get(h, row, "date"), h.get(row, "shipper"),
            get(h, row, "shipper_country"), h.get(row, "consignee"), get(h, row, "consignee_country"),
            get(h, row, "origin"), get(h, row, "destination"), h.get(row, "hs"), get(h, row, "description"), value));
        if (out.size() == batch) {
          sink.accept(List.copyOf(out));
          out.clear();
        }
      }
    }
    if (!out.isEmpty()) {
      sink.accept(List.copyOf(out));
    }
  }

  private static String get(CsvHeader h, CsvReader.Row row, String column) {
    return h.has(column) ? h.get(row, column) : "";
  }
}

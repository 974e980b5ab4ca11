package org.chokepoint.trade.currency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ECB's euro foreign exchange reference rates (the daily {@code eurofxref-hist} file: a {@code Date} column and
 * one column of units per euro per currency, {@code N/A} where none was fixed) as averages per month, quarter and
 * year: the rates a trade figure for that period is converted at. Read from the CSV or the ZIP the ECB publishes.
 *
 * @param averages per currency, the average over each period
 * @param firstDay the earliest fixing in the file (yyyy-mm-dd)
 * @param lastDay the latest fixing
 */
public record ExchangeRates(List<Average> averages, String firstDay, String lastDay) {
  /** The ECB publisher's address for the file. */
  public static final String SOURCE = "ECB euro foreign exchange reference rates (eurofxref-hist)";

  /**
   * The average of one currency's daily rates over a period.
   *
   * @param freq M, Q or A
   * @param monthFrom first month (yyyymm)
   * @param monthTo last month
   * @param perEuro units of the currency per euro
   * @param days fixings averaged
   */
  public record Average(String currency, String freq, int monthFrom, int monthTo, double perEuro, int days) {}

  public ExchangeRates {
    averages = List.copyOf(averages);
  }

  /** Whether a file's first line is the ECB layout ({@code Date,USD,JPY,…}), or it is a ZIP. */
  public static boolean isRates(Path file) throws IOException {
    byte[] head = new byte[256];
    int n;
    try (var in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).contains("eurofxref");
    }
    String first = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().findFirst()
        .orElse("");
    return first.startsWith("Date,") && first.contains(",USD,");
  }

  /** Reads the ECB file (CSV, or the ZIP holding it). */
  public static ExchangeRates read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          if (e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            bytes = zip.readAllBytes();
            break;
          }
        }
      }
    }
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    if (lines.isEmpty() || !lines.getFirst().startsWith("Date,")) {
      throw new IOException(file + " line 1: not the ECB reference rates (expected Date,USD,JPY,…)");
    }
    String[] header = lines.getFirst().split(",", -1);
    Map<String, double[]> sums = new TreeMap<>();
    String first = null;
    String last = null;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length < 2 || !cells[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
        if (!lines.get(i).isBlank()) {
          throw new IOException(file + " line " + (i + 1) + ": not a date: '" + cells[0] + "'");
        }
        continue;
      }
      String day = cells[0];
      first = first == null || day.compareTo(first) < 0 ? day : first;
      last = last == null || day.compareTo(last) > 0 ? day : last;
      int year = Integer.parseInt(day.substring(0, 4));
      int month = Integer.parseInt(day.substring(5, 7));
      int quarter = (month - 1) / 3;
      for (int c = 1; c < Math.min(cells.length, header.length); c++) {
        String cur = header[c].strip();
        String cell = cells[c].strip();
        if (cur.isEmpty() || cell.isEmpty() || cell.equals("N/A")) {
          continue;
        }
        double v;
        try {
          v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new IOException(file + " line " + (i + 1) + ", " + cur + ": not a rate: '" + cell + "'");
        }
        add(sums, cur + "|M|" + (year * 100 + month) + "|" + (year * 100 + month), v);
        add(sums, cur + "|Q|" + (year * 100 + quarter * 3 + 1) + "|" + (year * 100 + quarter * 3 + 3), v);
        add(sums, cur + "|A|" + (year * 100 + 1) + "|" + (year * 100 + 12), v);
      }
    }
    List<Average> out = new ArrayList<>();
    sums.forEach((k, s) -> {
      String[] p = k.split("\\|");
      out.add(new Average(p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]), s[0] / s[1], (int) s[1]));
    });
    if (out.isEmpty()) {
      throw new IOException(file + ": no rates");
    }
    return new ExchangeRates(out, first, last);
  }

  private static void add(Map<String, double[]> sums, String key, double v) {
    double[] s = sums.computeIfAbsent(key, k -> new double[2]);
    s[0] += v;
    s[1]++;
  }
}

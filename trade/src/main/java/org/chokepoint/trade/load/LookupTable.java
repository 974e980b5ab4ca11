package org.chokepoint.trade.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/**
 * A lookup table found among trade files: product labels ({@code cn8,product}: "85423190, Processors and
 * controllers") or a country code list ({@code code,name}). It carries no trade values; it is recognised by its two
 * columns (a code and a label, and nothing that looks like a value or a period) and stored as labels, so that
 * answers and charts name products by their label.
 *
 * @param kind what the codes are
 * @param entries code and label per row, codes as written (product codes with their digits only)
 * @param skipped rows without a code or label
 */
public record LookupTable(Kind kind, List<Entry> entries, long skipped) {
  /** What a lookup table labels. */
  public enum Kind { PRODUCTS, COUNTRIES }

  /** One row. */
  public record Entry(String code, String label) {}

  private static final Set<String> PRODUCT_CODES = Set.of("cn8", "cn", "hs", "hs6", "hs4", "hs8", "product_code",
      "cmdcode", "commodity_code", "k", "code_cn8", "productcode");
  private static final Set<String> COUNTRY_CODES = Set.of("iso2", "iso", "iso3", "iso_code", "geo", "country_code",
      "partner_code", "code", "m49", "alpha2", "alpha3");
  private static final Set<String> LABELS = Set.of("product", "label", "description", "name", "product_name",
      "country", "country_name", "partner", "title", "text", "desc");
  private static final Set<String> MEASURES = Set.of("value", "period", "year", "month", "flow", "value_eur",
      "primaryvalue", "trade_value_us", "v", "t");

  public LookupTable {
    entries = List.copyOf(entries);
  }

  public LookupTable(Kind kind, List<Entry> entries) {
    this(kind, entries, 0);
  }

  /** The kind of lookup table a header describes, or null when it is not one. */
  public static Kind detect(List<String> header) {
    List<String> names = header.stream().map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
    if (names.size() < 2 || names.size() > 4 || names.stream().anyMatch(MEASURES::contains)) {
      return null;
    }
    boolean label = names.stream().anyMatch(LABELS::contains);
    if (!label) {
      return null;
    }
    if (names.stream().anyMatch(PRODUCT_CODES::contains)) {
      return Kind.PRODUCTS;
    }
    if (names.stream().anyMatch(COUNTRY_CODES::contains)) {
      return Kind.COUNTRIES;
    }
    return null;
  }

  /** Reads {@code file} as a lookup table; throws when its header is not one. */
  public static LookupTable read(Path file) throws IOException {
    String text = TextFiles.read(file);
    String first = text.lines().findFirst().orElse("");
    char d = first.contains(";") && !first.contains(",") ? ';' : first.contains("\t") ? '\t' : ',';
    try (CsvReader csv = new CsvReader(new StringReader(text), d)) {
      CsvReader.Row head = csv.next();
      if (head == null) {
        throw new IOException(file + ": empty file");
      }
      List<String> header = head.fields().stream().map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
          .toList();
      Kind kind = detect(header);
      if (kind == null) {
        throw new IOException(file + " line 1: not a lookup table: " + header);
      }
      Set<String> codes = kind == Kind.PRODUCTS ? PRODUCT_CODES : COUNTRY_CODES;
      int codeCol = -1;
      int labelCol = -1;
      for (int i = 0; i < header.size(); i++) {
        if (codeCol < 0 && codes.contains(header.get(i))) {
          codeCol = i;
        } else if (labelCol < 0 && LABELS.contains(header.get(i))) {
          labelCol = i;
        }
      }
      List<Entry> entries = new ArrayList<>();
      long skipped = 0;
      CsvReader.Row row;
      while ((row = csv.next()) != null) {
        if (row.fields().size() <= Math.max(codeCol, labelCol)) {
          if (!(row.fields().size() == 1 && row.get(0).isBlank())) {
            skipped++;
          }
          continue;
        }
        String code = row.get(codeCol).strip();
        String label = row.get(labelCol).strip();
        if (kind == Kind.PRODUCTS) {
          code = code.replaceAll("[^0-9A-Za-z]", "");
        }
        if (code.isEmpty() || label.isEmpty()) {
          skipped++;
          continue;
        }
        entries.add(new Entry(code, label));
      }
      return new LookupTable(kind, entries, skipped);
    } catch (CsvReader.MalformedCsvException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code file}'s header is a lookup table's. */
  public static boolean isLookup(Path file) throws IOException {
    String text = TextFiles.read(file);
    String first = text.lines().findFirst().orElse("");
    char d = first.contains(";") && !first.contains(",") ? ';' : first.contains("\t") ? '\t' : ',';
    List<String> header = List.of(first.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1)).stream()
        .map(h -> h.replace("\"", "")).toList();
    return detect(header) != null;
  }
}

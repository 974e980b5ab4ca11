package org.chokepoint.goods.hs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/**
 * The UN correlation between HS 2022 and HS 2017 subheadings, many-to-many. Conversions return every target with
 * the table's relationship, so a split (8541.40 → 8541.41/.42/.43/.49) is never collapsed into one code.
 */
public final class Correlation {
  /** An HS edition this table converts between. */
  public enum Edition { HS2017, HS2022;

    /** Reads "2017", "HS2017", "H5", "2022", "HS2022", "H6". */
    public static Edition parse(String text) {
      return switch (text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "")) {
        case "2017", "HS2017", "H5" -> HS2017;
        case "2022", "HS2022", "H6" -> HS2022;
        default -> throw new IllegalArgumentException("unknown HS edition '" + text + "'; use 2017 or 2022");
      };
    }
  }

  /** One target code of a conversion, with the correlation table's relationship (1:1, 1:n, n:1, n:n). */
  public record Link(String code, String relationship) {}

  private final Map<String, List<Link>> from2022 = new HashMap<>();
  private final Map<String, List<Link>> from2017 = new HashMap<>();

  /** Reads the correlation CSV (hs2022,hs2017,relationship). */
  public static Correlation read(Path file, List<String> problems) throws IOException {
    Correlation c = new Correlation();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader col = CsvHeader.read(csv, file, List.of("hs2022", "hs2017", "relationship"));
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        String a = col.get(r, "hs2022");
        String b = col.get(r, "hs2017");
        String rel = col.get(r, "relationship");
        if (!a.matches("\\d{6}") || !b.matches("\\d{6}")) {
          problems.add(file.getFileName() + ":" + r.line() + ": codes must have 6 digits, got '" + a + "', '" + b
              + "'; row skipped");
          continue;
        }
        c.from2022.computeIfAbsent(a, k -> new ArrayList<>()).add(new Link(b, rel));
        c.from2017.computeIfAbsent(b, k -> new ArrayList<>()).add(new Link(a, rel));
      }
    }
    if (c.from2022.isEmpty()) {
      throw new IOException(file + ": no correlations read");
    }
    return c;
  }

  /** Every subheading of {@code from} the table knows, with the codes of the other edition it corresponds to. */
  public Map<String, List<Link>> table(Edition from) {
    return java.util.Collections.unmodifiableMap(from == Edition.HS2022 ? from2022 : from2017);
  }

  /**
   * The codes of the other edition that a code corresponds to, per source subheading. A heading or chapter is
   * converted subheading by subheading: the map keys are the source subheadings under it that the table knows.
   */
  public Map<String, List<Link>> convert(HsCode code, Edition from) {
    Map<String, List<Link>> table = from == Edition.HS2022 ? from2022 : from2017;
    Map<String, List<Link>> out = new LinkedHashMap<>();
    table.keySet().stream().filter(code::contains).sorted().forEach(k -> out.put(k, List.copyOf(table.get(k))));
    return out;
  }
}

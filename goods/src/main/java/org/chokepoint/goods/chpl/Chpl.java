package org.chokepoint.goods.chpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.goods.hs.HsCode;

/**
 * The Common High Priority List: six-digit HS 2022 codes of items Russia seeks for its weapons, in tiers 1 (integrated
 * circuits) to 4.B (CNC machine tools), agreed by the US, EU, UK and Japan.
 */
public final class Chpl {
  /** The tiers, in the list's order. */
  public static final List<String> TIERS = List.of("1", "2", "3.A", "3.B", "4.A", "4.B");

  /** One line of the list. */
  public record Item(String tier, String hs6, String description) {
    public Item {
      if (!TIERS.contains(tier)) {
        throw new IllegalArgumentException("unknown CHPL tier '" + tier + "'; tiers are " + TIERS);
      }
      if (hs6 == null || !hs6.matches("\\d{6}")) {
        throw new IllegalArgumentException("CHPL code must have 6 digits, got '" + hs6 + "'");
      }
    }
  }

  private final List<Item> items;

  private Chpl(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** Reads the CHPL CSV (tier,hs6,description); bad rows are reported by line and skipped. */
  public static Chpl read(Path file, List<String> problems) throws IOException {
    List<Item> items = new ArrayList<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvHeader col = CsvHeader.read(csv, file, List.of("tier", "hs6", "description"));
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        try {
          items.add(new Item(col.get(r, "tier"), col.get(r, "hs6"), col.get(r, "description")));
        } catch (IllegalArgumentException e) {
          problems.add(file.getFileName() + ":" + r.line() + ": " + e.getMessage() + "; row skipped");
        }
      }
    }
    return new Chpl(items);
  }

  public List<Item> items() {
    return items;
  }

  /** The items of a tier. */
  public List<Item> tier(String tier) {
    return items.stream().filter(i -> i.tier().equals(tier)).toList();
  }

  /** The items inside a code (all of them for a chapter, the one for a subheading). */
  public List<Item> within(HsCode code) {
    return items.stream().filter(i -> code.contains(i.hs6())).toList();
  }

  /** The tiers a six-digit code is listed in (empty when it is not on the list). */
  public Set<String> tiersOf(String hs6) {
    return Set.copyOf(items.stream().filter(i -> i.hs6().equals(hs6)).map(Item::tier).toList());
  }
}

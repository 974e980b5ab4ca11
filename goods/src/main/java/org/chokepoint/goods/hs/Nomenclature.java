package org.chokepoint.goods.hs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/**
 * The HS 2022 nomenclature: every chapter, heading and subheading with its description, parent and section. The
 * "TOTAL" row and the 99/9999/999999 "not specified" codes are kept out of the tree.
 */
public final class Nomenclature {
  /** One code of the nomenclature. */
  public record Entry(String code, String description, String parent, String section) {
    public int level() {
      return code.length();
    }
  }

  private final Map<String, Entry> byCode;
  private final Map<String, List<String>> children;
  private final Map<String, String> sectionNames;

  private Nomenclature(Map<String, Entry> byCode, Map<String, String> sectionNames) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.sectionNames = Map.copyOf(sectionNames);
    Map<String, List<String>> kids = new HashMap<>();
    for (Entry e : byCode.values()) {
      if (byCode.containsKey(e.parent())) {
        kids.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e.code());
      }
    }
    kids.values().forEach(Collections::sort);
    this.children = Map.copyOf(kids);
  }

  /** Reads the nomenclature CSV (section,hscode,description,parent,level) and, when given, the sections CSV. */
  public static Nomenclature read(Path nomenclatureCsv, Path sectionsCsv, List<String> problems) throws IOException {
    Map<String, Entry> byCode = new LinkedHashMap<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(nomenclatureCsv))) {
      CsvHeader col = CsvHeader.read(csv, nomenclatureCsv, List.of("section", "hscode", "description", "parent"));
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        String code = col.get(r, "hscode");
        if (code.equals("TOTAL") || code.matches("9{2}|9{4}|9{6}")) {
          continue;
        }
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
          problems.add(nomenclatureCsv.getFileName() + ":" + r.line() + ": field hscode '" + code
              + "' is not a 2-, 4- or 6-digit code; row skipped");
          continue;
        }
        byCode.put(code, new Entry(code, col.get(r, "description"), col.get(r, "parent"), col.get(r, "section")));
      }
    }
    if (byCode.isEmpty()) {
      throw new IOException(nomenclatureCsv + ": no HS codes read");
    }
    Map<String, String> sections = new HashMap<>();
    if (sectionsCsv != null && java.nio.file.Files.isRegularFile(sectionsCsv)) {
      try (CsvReader csv = new CsvReader(TextFiles.reader(sectionsCsv))) {
        CsvHeader col = CsvHeader.read(csv, sectionsCsv, List.of("section", "name"));
        CsvReader.Row r;
        while ((r = csv.next()) != null) {
          sections.put(col.get(r, "section"), col.get(r, "name"));
        }
      }
    }
    return new Nomenclature(byCode, sections);
  }

  /** Whether the code exists in HS 2022. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The entry for an existing code; unknown codes raise an exception naming the code and its nearest parent. */
  public Entry get(HsCode code) {
    Entry e = byCode.get(code.digits());
    if (e == null) {
      String nearest = code.digits().length() > 2 ? code.digits().substring(0, code.digits().length() - 2) : "";
      throw new NoSuchElementException("HS 2022 has no code " + code.display()
          + (code.note().isEmpty() ? "" : " (" + code.note() + ")")
          + (byCode.containsKey(nearest) ? "; its parent " + nearest + " exists: " + byCode.get(nearest).description()
              : "") + "; codes from HS 2017 can be converted with 'goods convert'");
    }
    return e;
  }

  /** Parents from the chapter down, excluding the code itself. */
  public List<Entry> ancestors(String code) {
    List<Entry> out = new ArrayList<>();
    for (int len = 2; len < code.length(); len += 2) {
      Entry e = byCode.get(code.substring(0, len));
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Direct children. */
  public List<Entry> children(String code) {
    return children.getOrDefault(code, List.of()).stream().map(byCode::get).toList();
  }

  /** All six-digit subheadings under a code (or the code itself when it is one). */
  public List<String> subheadings(String code) {
    if (code.length() == 6) {
      return byCode.containsKey(code) ? List.of(code) : List.of();
    }
    List<String> out = new ArrayList<>();
    for (Entry child : children(code)) {
      out.addAll(subheadings(child.code()));
    }
    return out;
  }

  /** The entry for a code, or null when HS 2022 has no such code. */
  public Entry find(String code) {
    return byCode.get(code);
  }

  /** Every chapter, in code order. */
  public List<Entry> chapters() {
    return byCode.values().stream().filter(e -> e.level() == 2).sorted(Comparator.comparing(Entry::code))
        .toList();
  }

  /**
   * Codes whose description contains every word of {@code text} (case-insensitive), at most {@code limit}: chapters,
   * then headings, then subheadings, the shortest (most specific to the words) description first within a level.
   */
  public List<Entry> search(String text, int limit) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    return byCode.values().stream().filter(e -> {
      String d = e.description().toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (!w.isEmpty() && !d.contains(w)) {
          return false;
        }
      }
      return true;
    }).sorted(Comparator.comparingInt(Entry::level).thenComparingInt(e -> e.description().length())
        .thenComparing(Entry::code)).limit(limit).toList();
  }

  public String sectionName(String section) {
    return sectionNames.getOrDefault(section, "");
  }

  /** How many codes there are at a level (2, 4 or 6). */
  public long count(int level) {
    return byCode.keySet().stream().filter(c -> c.length() == level).count();
  }
}

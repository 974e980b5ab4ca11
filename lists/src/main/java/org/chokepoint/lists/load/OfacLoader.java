package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.chokepoint.core.text.PartialDates;

/**
 * OFAC's legacy CSV files (SDN and Consolidated non-SDN): the primary file (12 columns, {@code -0-} for empty,
 * Windows-1252, 0x1A at the end), aliases, addresses and remarks continuations joined by entity number. Remarks are
 * mined for birth dates, nationality, identifiers, weak aliases ("a.k.a. 'BNC'") and listing dates. Aliases whose
 * primary record is missing (the alias file is newer) still make an entity.
 */
public record OfacLoader(String name, String prefix, String primary, String aliases, String addresses,
    String comments) implements ListLoader {

  /** The Specially Designated Nationals list. */
  public static OfacLoader sdn() {
    return new OfacLoader("OFAC SDN", "ofac-sdn", "ofac-sdn", "ofac-sdn-alt", "ofac-sdn-add", "ofac-sdn-comments");
  }

  /** The Consolidated (non-SDN) lists: SSI, NS-CMIC, NS-MBS, FSE, PLC … */
  public static OfacLoader consolidated() {
    return new OfacLoader("OFAC Consolidated", "ofac-cons", "ofac-cons-prim", "ofac-cons-alt", "ofac-cons-add",
        "ofac-cons-comments");
  }

  private static final String AUTHORITY = "U.S. Treasury OFAC";
  private static final Pattern DOB = Pattern.compile("(?:alt\\. )?DOB ([^;]+)");
  private static final Pattern NATIONALITY = Pattern.compile("(?:alt\\. )?(?:nationality|citizen) ([^;]+)");
  private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\.,? '([^']+)'");
  private static final Pattern LISTING_DATE = Pattern.compile("Listing Date \\([^)]*\\): (\\d{1,2} \\w{3} \\d{4})");
  private static final Pattern IDENTIFIER = Pattern.compile(
      "(Tax ID No\\.|Registration Number|Registration ID|Unified Social Credit Code \\(USCC\\)|IMO|"
          + "Government Gazette Number|Legal Entity Number|SWIFT/BIC|Passport|National ID No\\.|"
          + "Business Registration Number|Company Number|Identification Number|Chinese Commercial Code|OGRN|INN)"
          + " ([A-Z0-9][A-Z0-9./ -]{3,40}?)(?: \\(([^)]+)\\))?\\.?(?:;|$| expires| issued)");

  @Override
  public List<String> sourceIds() {
    return List.of(primary, aliases, addresses, comments);
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path primaryFile = data.resolve(sources.get(primary));
    Tally tally = new Tally(name, primaryFile.getFileName().toString(), sink);
    Map<String, List<String[]>> alts = readKeyed(data.resolve(sources.get(aliases)), tally);
    Map<String, List<String[]>> adds = readKeyed(data.resolve(sources.get(addresses)), tally);
    Map<String, List<String[]>> more = readKeyed(data.resolve(sources.get(comments)), tally);
    Map<String, Boolean> seen = new HashMap<>();
    try (CsvReader csv = new CsvReader(TextFiles.reader(primaryFile))) {
      CsvReader.Row row;
      while (true) {
        try {
          row = csv.next();
        } catch (CsvReader.MalformedCsvException e) {
          tally.skip("malformed CSV", e.getMessage());
          break;
        }
        if (row == null) {
          break;
        }
        tally.read();
        String where = "line " + row.line();
        if (row.fields().size() < 4) {
          tally.skip("fewer than 4 columns", where);
          continue;
        }
        String ent = value(row.get(0));
        if (!ent.matches("\\d+")) {
          tally.skip("ent_num not a number", where + " field ent_num '" + ent + "'");
          continue;
        }
        if (seen.put(ent, true) != null) {
          tally.skip("duplicate ent_num", where + " ent_num " + ent);
          continue;
        }
        String remarks = value(row.get(11));
        for (String[] c : more.getOrDefault(ent, List.of())) {
          remarks = remarks + value(c[1]);
        }
        EntityBuilder b = new EntityBuilder(prefix + "-" + ent).schema(schemaOf(value(row.get(2))));
        b.name(value(row.get(1)), NameKind.PRIMARY);
        SourceRef ref = new SourceRef(primaryFile.getFileName().toString(), row.line(), ent);
        String listedOn = "";
        Matcher ld = LISTING_DATE.matcher(remarks);
        if (ld.find()) {
          listedOn = PartialDates.parse(ld.group(1));
        }
        for (String program : value(row.get(3)).split("\\] ?\\[")) {
          String p = program.replace("[", "").replace("]", "").strip();
          b.listing(new Listing(AUTHORITY, name, p, listedOn, remarks, ref));
        }
        addDetails(b, ent, remarks, alts, adds);
        String vesselFlag = value(row.get(9));
        b.country(Countries.toIso2(vesselFlag));
        tally.emit(b, where);
      }
    }
    for (var e : alts.entrySet()) {
      if (!seen.containsKey(e.getKey())) {
        EntityBuilder b = new EntityBuilder(prefix + "-" + e.getKey());
        addDetails(b, e.getKey(), "", alts, adds);
        String file = data.resolve(sources.get(aliases)).getFileName().toString();
        b.listing(new Listing(AUTHORITY, name, "", "", "aliases only: no primary record in this snapshot",
            new SourceRef(file, 0, e.getKey())));
        tally.emit(b, "ent_num " + e.getKey() + " (alias file only)");
      }
    }
    return List.of(tally.report());
  }

  private static void addDetails(EntityBuilder b, String ent, String remarks, Map<String, List<String[]>> alts,
      Map<String, List<String[]>> adds) {
    for (String[] a : alts.getOrDefault(ent, List.of())) {
      String type = value(a[2]).toLowerCase(java.util.Locale.ROOT);
      b.name(value(a[3]), type.contains("fka") ? NameKind.PREVIOUS : type.contains("weak") ? NameKind.WEAK
          : NameKind.ALIAS);
    }
    for (String[] a : adds.getOrDefault(ent, List.of())) {
      List<String> parts = new ArrayList<>();
      for (int i = 2; i <= 4 && i < a.length; i++) {
        if (!value(a[i]).isEmpty()) {
          parts.add(value(a[i]));
        }
      }
      b.address(String.join(", ", parts));
      if (a.length > 4) {
        b.country(Countries.toIso2(value(a[4])));
      }
    }
    Matcher m = DOB.matcher(remarks);
    while (m.find()) {
      for (String d : m.group(1).split(" to ")) {
        b.birthDate(PartialDates.parse(d));
      }
    }
    m = NATIONALITY.matcher(remarks);
    while (m.find()) {
      b.country(Countries.toIso2(m.group(1)));
    }
    m = WEAK_AKA.matcher(remarks);
    while (m.find()) {
      b.name(m.group(1), NameKind.WEAK);
    }
    m = IDENTIFIER.matcher(remarks);
    while (m.find()) {
      b.identifier(identifierType(m.group(1)), m.group(2), m.group(3) == null ? "" : Countries.toIso2(m.group(3)));
    }
  }

  private static String identifierType(String label) {
    return switch (label) {
      case "Tax ID No." -> "TAX";
      case "Unified Social Credit Code (USCC)" -> "USCC";
      case "IMO" -> "IMO";
      case "Legal Entity Number" -> "LEI";
      case "SWIFT/BIC" -> "SWIFT";
      case "Passport" -> "PASSPORT";
      case "National ID No." -> "NATIONAL_ID";
      case "OGRN" -> "OGRN";
      case "INN" -> "INN";
      default -> "REGISTRATION";
    };
  }

  private static Schema schemaOf(String type) {
    return switch (type.toLowerCase(java.util.Locale.ROOT)) {
      case "individual" -> Schema.PERSON;
      case "vessel" -> Schema.VESSEL;
      case "aircraft" -> Schema.AIRPLANE;
      default -> Schema.LEGAL_ENTITY;
    };
  }

  /** Reads a side file keyed by its first column (ent_num); a missing side file is an empty map. */
  private static Map<String, List<String[]>> readKeyed(Path file, Tally tally) throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      tally.problem(" missing side file " + file.getFileName());
      return out;
    }
    try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
      CsvReader.Row row;
      while (true) {
        try {
          row = csv.next();
        } catch (CsvReader.MalformedCsvException e) {
          tally.problem(file.getFileName() + " " + e.getMessage());
          break;
        }
        if (row == null) {
          break;
        }
        String key = value(row.get(0));
        if (!key.matches("\\d+") || row.fields().size() < 2) {
          tally.problem(file.getFileName() + " line " + row.line() + ": bad ent_num '" + key + "', row ignored");
          continue;
        }
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(row.fields().toArray(String[]::new));
      }
    }
    return out;
  }

  /** OFAC writes {@code -0-} for an empty field. */
  static String value(String raw) {
    String v = raw == null ? "" : raw.strip();
    return v.equals("-0-") ? "" : v;
  }
}

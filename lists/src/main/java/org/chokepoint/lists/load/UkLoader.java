package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.chokepoint.core.text.PartialDates;

/**
 * The UK Sanctions List (FCDO) as normalised tables joined by {@code unique_id}: subjects, names, identifiers,
 * countries and birth dates. The regime is the id's letter prefix ("RUS2137" → RUS).
 */
public record UkLoader() implements ListLoader {
  private static final String AUTHORITY = "UK Foreign, Commonwealth & Development Office";

  @Override
  public String name() {
    return "UK Sanctions List";
  }

  @Override
  public List<String> sourceIds() {
    return List.of("uk-sanctions");
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path folder = data.resolve(sources.get("uk-sanctions"));
    Tally side = new Tally(name(), "subject_*.csv", e -> { });
    Map<String, List<CsvRecords.Row>> names = byId(folder.resolve("subject_names.csv"), side, "full_name");
    Map<String, List<CsvRecords.Row>> ids = byId(folder.resolve("subject_identifiers.csv"), side, "raw_value");
    Map<String, List<CsvRecords.Row>> countries = byId(folder.resolve("subject_countries.csv"), side, "iso");
    Map<String, List<CsvRecords.Row>> dobs = byId(folder.resolve("subject_dobs.csv"), side, "year");
    Tally tally = new Tally(name(), "subjects.csv", sink);
    CsvRecords.read(folder.resolve("subjects.csv"), tally, List.of("unique_id", "subject_type"), r -> {
      String id = r.get("unique_id");
      String where = "line " + r.line();
      if (id.isEmpty()) {
        tally.skip("no unique_id", where);
        return;
      }
      Schema schema = switch (r.get("subject_type")) {
        case "individual" -> Schema.PERSON;
        case "ship" -> Schema.VESSEL;
        default -> Schema.ORGANIZATION;
      };
      EntityBuilder b = new EntityBuilder("uk-" + id).schema(schema);
      for (CsvRecords.Row n : names.getOrDefault(id, List.of())) {
        NameKind kind = switch (n.get("name_type")) {
          case "primary", "primary_variation" -> NameKind.PRIMARY;
          default -> n.get("alias_strength").startsWith("low") ? NameKind.WEAK : NameKind.ALIAS;
        };
        b.name(n.get("full_name"), kind);
      }
      for (CsvRecords.Row c : countries.getOrDefault(id, List.of())) {
        b.country(c.get("iso"));
      }
      for (CsvRecords.Row i : ids.getOrDefault(id, List.of())) {
        String type = switch (i.get("identifier_type")) {
          case "passport" -> "PASSPORT";
          case "national" -> "NATIONAL_ID";
          case "imo" -> "IMO";
          default -> "REGISTRATION";
        };
        b.identifier(type, i.get("raw_value"), "");
      }
      for (CsvRecords.Row d : dobs.getOrDefault(id, List.of())) {
        String date = d.get("year");
        if (!d.get("month").isEmpty() && !d.get("precision").equals("year_only")) {
          date += "-" + d.get("month");
          if (!d.get("day").isEmpty() && d.get("precision").equals("exact")) {
            date += "-" + d.get("day");
          }
        }
        b.birthDate(PartialDates.parse(date));
      }
      b.identifier("UN_REFERENCE", r.get("un_reference_number"), "");
      String regime = id.replaceAll("[^A-Z]", "");
      b.listing(new Listing(AUTHORITY, name(), regime, PartialDates.parse(r.get("date_designated")), "",
          new SourceRef("subjects.csv", r.line(), id)));
      tally.emit(b, where);
    });
    List<LoadReport> reports = new ArrayList<>();
    reports.add(tally.report());
    LoadReport sideReport = side.report();
    if (!sideReport.problems().isEmpty()) {
      reports.add(sideReport);
    }
    return reports;
  }

  private static Map<String, List<CsvRecords.Row>> byId(Path file, Tally tally, String required) throws IOException {
    Map<String, List<CsvRecords.Row>> out = new HashMap<>();
    CsvRecords.read(file, tally, List.of("unique_id", required),
        r -> out.computeIfAbsent(r.get("unique_id"), k -> new ArrayList<>()).add(r));
    return out;
  }
}

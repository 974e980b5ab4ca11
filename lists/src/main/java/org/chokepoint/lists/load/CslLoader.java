package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.chokepoint.core.country.Countries;
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
 * The U.S. Consolidated Screening List (trade.gov {@code consolidated.csv}): eleven export-control and sanctions
 * lists of Commerce, State and Treasury in one CSV, one row per entry, multi-valued fields joined by "; ". The list
 * is named by the row's {@code source} ("Entity List (EL) - Bureau of Industry and Security").
 */
public record CslLoader() implements ListLoader {
  @Override
  public String name() {
    return "U.S. Consolidated Screening List";
  }

  @Override
  public List<String> sourceIds() {
    return List.of("trade-gov-csl");
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path file = data.resolve(sources.get("trade-gov-csl"));
    String fileName = file.getFileName().toString();
    Tally tally = new Tally(name(), fileName, sink);
    CsvRecords.read(file, tally, List.of("name", "source", "type"), r -> {
      String where = "line " + r.line();
      String id = r.get("_id").isEmpty() ? r.get("entity_number") : r.get("_id");
      if (id.isEmpty()) {
        tally.skip("no _id or entity_number", where);
        return;
      }
      if (!r.get("end_date").isEmpty()) {
        tally.skip("delisted (end_date)", where + " end_date " + r.get("end_date"));
        return;
      }
      Schema schema = switch (r.get("type").toLowerCase(Locale.ROOT)) {
        case "individual" -> Schema.PERSON;
        case "vessel" -> Schema.VESSEL;
        case "aircraft" -> Schema.AIRPLANE;
        default -> Schema.LEGAL_ENTITY;
      };
      EntityBuilder b = new EntityBuilder("csl-" + id).schema(schema);
      b.name(r.get("name"), NameKind.PRIMARY);
      for (String alt : r.values("alt_names")) {
        b.name(alt, NameKind.ALIAS);
      }
      for (String column : List.of("citizenships", "nationalities", "vessel_flag")) {
        for (String c : r.values(column)) {
          b.country(Countries.toIso2(c));
        }
      }
      for (String address : r.values("addresses")) {
        b.address(address.replaceAll(",\\s*,", ","));
        String[] parts = address.split(",");
        b.country(Countries.toIso2(parts[parts.length - 1]));
      }
      for (String dob : r.values("dates_of_birth")) {
        b.birthDate(PartialDates.parse(dob));
      }
      for (String ident : r.values("ids")) {
        String[] parts = ident.split(",");
        if (parts.length >= 2) {
          b.identifier(identifierType(parts[0]), parts[1], parts.length > 2 ? Countries.toIso2(parts[2]) : "");
        }
      }
      String source = r.get("source");
      int dash = source.indexOf(" - ");
      String list = dash > 0 ? source.substring(0, dash).strip() : source;
      String authority = dash > 0 ? source.substring(dash + 3).strip() : "U.S. Government";
      String reason = r.get("remarks").isEmpty() ? r.get("license_requirement") : r.get("remarks");
      b.listing(new Listing(authority, list.isEmpty() ? name() : list, r.get("programs"),
          PartialDates.parse(r.get("start_date")), reason, new SourceRef(fileName, r.line(), id)));
      tally.emit(b, where);
    });
    return List.of(tally.report());
  }

  private static String identifierType(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains("imo")) {
      return "IMO";
    }
    if (l.contains("tax") || l.contains("inn")) {
      return "TAX";
    }
    if (l.contains("passport")) {
      return "PASSPORT";
    }
    if (l.contains("registration") || l.contains("company number") || l.contains("credit code")) {
      return "REGISTRATION";
    }
    return "OTHER";
  }
}

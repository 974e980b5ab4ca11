package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * The simple CSV exports of OpenSanctions' source repositories (China counter-sanctions, DoD 1260H, BIS MIEU):
 * Type, Name or Clean Name, Alias, Chinese name, Previous Name, Country, Program or List, Date and End date. Rows
 * with an end date are delisted and skipped.
 */
public record OpenSanctionsCsvLoader(String name, String sourceId, String authority) implements ListLoader {

  public static List<OpenSanctionsCsvLoader> all() {
    return List.of(
        new OpenSanctionsCsvLoader("China counter-sanctions", "os-cn-sanctions", "China MFA / MOFCOM"),
        new OpenSanctionsCsvLoader("DoD 1260H Chinese Military Companies", "os-us-dod-1260h", "U.S. Department of Defense"),
        new OpenSanctionsCsvLoader("BIS Military-Intelligence End Users", "os-us-bis-mieu", "U.S. Commerce BIS"));
  }

  @Override
  public List<String> sourceIds() {
    return List.of(sourceId);
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path file = data.resolve(sources.get(sourceId));
    String fileName = file.getFileName().toString();
    Tally tally = new Tally(name, fileName, sink);
    CsvRecords.read(file, tally, List.of("Name"), r -> {
      String where = "line " + r.line();
      String end = r.get("End date");
      if (!end.isEmpty()) {
        tally.skip("delisted (End date)", where + " End date " + end);
        return;
      }
      Schema schema = Schema.LEGAL_ENTITY;
      if (!r.get("Type").isEmpty()) {
        try {
          schema = Schema.parse(r.get("Type"));
        } catch (IllegalArgumentException e) {
          tally.problem(where + " field Type: " + e.getMessage() + "; read as LegalEntity");
        }
      }
      String primary = r.get("Clean Name").isEmpty() ? r.get("Name") : r.get("Clean Name");
      EntityBuilder b = new EntityBuilder(sourceId + "-" + r.line()).schema(schema);
      b.name(primary, NameKind.PRIMARY);
      for (String a : r.values("Alias")) {
        b.name(a, NameKind.ALIAS);
      }
      for (String a : r.values("Chinese name")) {
        b.name(a, NameKind.ALIAS);
      }
      for (String a : r.values("Previous Name")) {
        b.name(a, NameKind.PREVIOUS);
      }
      for (String c : r.values("Country")) {
        Countries.allIn(c).forEach(b::country);
      }
      b.address(r.get("Address"));
      String program = r.get("Program").isEmpty() ? r.get("List") : r.get("Program");
      String date = r.get("Date").isEmpty() ? r.get("Start date") : r.get("Date");
      String reason = r.get("Summary").isEmpty() ? r.get("Note") : r.get("Summary");
      b.listing(new Listing(authority, name, program, PartialDates.parse(date), reason,
          new SourceRef(fileName, r.line(), primary)));
      tally.emit(b, where);
    });
    return List.of(tally.report());
  }
}

package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * A compilation of export-control lists in one JSON array (BIS Entity List and MEU, OFAC NS-CMIC, DoD 1260H and
 * 1286, DHS UFLPA, METI, ISED): English and native names, aliases, countries written in Korean. One report per
 * contained list.
 */
public record RestrictedPartiesLoader() implements ListLoader {
  private static final Map<String, String> LABELS = Map.of(
      "us-bis-entity-list", "BIS Entity List",
      "us-bis-military-end-user-list", "BIS Military End-User List",
      "us-ofac-ns-cmic", "OFAC NS-CMIC",
      "us-dod-section-1260h", "DoD 1260H Chinese Military Companies",
      "us-dod-section-1286", "DoD 1286 List",
      "us-dhs-uflpa", "DHS UFLPA Entity List",
      "jp-meti-end-user-list", "METI End User List",
      "ca-ised-named-research-organizations", "Canada ISED Named Research Organizations");

  @Override
  public String name() {
    return "Restricted parties";
  }

  @Override
  public List<String> sourceIds() {
    return List.of("restricted-parties");
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path file = data.resolve(sources.get("restricted-parties"));
    String fileName = file.getFileName().toString();
    Map<String, Tally> byList = new TreeMap<>();
    Tally all = new Tally(name(), fileName, e -> { });
    JsonRecords.read(file, all, (node, line) -> {
      var source = node.path("source");
      String listId = JsonRecords.text(source, "list_id");
      String label = LABELS.getOrDefault(listId, JsonRecords.text(source, "list_name"));
      Tally tally = byList.computeIfAbsent(label.isEmpty() ? "unknown list" : label,
          k -> new Tally(k, fileName, sink));
      tally.read();
      String id = JsonRecords.text(node, "id");
      if (id.isEmpty()) {
        tally.skip("no id", "line " + line);
        return;
      }
      var name = node.path("name");
      EntityBuilder b = new EntityBuilder(id).schema(Schema.LEGAL_ENTITY);
      b.name(JsonRecords.text(name, "english"), NameKind.PRIMARY);
      b.name(JsonRecords.text(name, "native"), NameKind.ALIAS);
      for (String a : JsonRecords.texts(node, "aliases")) {
        b.name(a, NameKind.ALIAS);
      }
      for (String c : JsonRecords.texts(node, "countries")) {
        Countries.allIn(c).forEach(b::country);
      }
      String reason = JsonRecords.text(node, "listing_rationale");
      if (reason.isEmpty()) {
        reason = JsonRecords.text(node, "remarks");
      }
      b.listing(new Listing(JsonRecords.text(source, "authority"), label, JsonRecords.text(source, "category"), "",
          reason, new SourceRef(fileName, line, id)));
      tally.emit(b, "line " + line);
    });
    List<LoadReport> reports = new ArrayList<>();
    byList.values().forEach(t -> reports.add(t.report()));
    if (!all.report().problems().isEmpty()) {
      reports.add(all.report());
    }
    return reports;
  }
}

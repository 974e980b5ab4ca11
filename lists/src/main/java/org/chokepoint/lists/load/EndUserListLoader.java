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
 * Export-control lists published as a JSON array of {@code entity_name/aliases/addresses/list_id} records: China
 * MOFCOM's unreliable-entity, control and attention lists, Japan METI's End User List. The {@code country} field is
 * the publishing state; the entity's own country is read from the last part of its addresses.
 */
public record EndUserListLoader(String name, String sourceId, String authority) implements ListLoader {

  public static EndUserListLoader mofcom() {
    return new EndUserListLoader("China MOFCOM lists", "cn-mofcom", "China Ministry of Commerce");
  }

  public static EndUserListLoader meti() {
    return new EndUserListLoader("METI End User List", "jp-meti", "Japan Ministry of Economy, Trade and Industry");
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
    JsonRecords.read(file, tally, (node, line) -> {
      String id = JsonRecords.text(node, "id");
      if (id.isEmpty()) {
        tally.skip("no id", "line " + line);
        return;
      }
      String type = JsonRecords.text(node, "entity_type").toLowerCase(Locale.ROOT);
      EntityBuilder b = new EntityBuilder(id)
          .schema(type.equals("individual") || type.equals("person") ? Schema.PERSON : Schema.ORGANIZATION);
      b.name(JsonRecords.text(node, "entity_name"), NameKind.PRIMARY);
      for (String a : JsonRecords.texts(node, "aliases")) {
        b.name(a, NameKind.ALIAS);
      }
      for (String address : JsonRecords.texts(node, "addresses")) {
        b.address(address);
        String[] parts = address.split("[,，]");
        b.country(Countries.toIso2(parts[parts.length - 1]));
      }
      String list = JsonRecords.text(node, "source_list_name");
      b.listing(new Listing(authority, list.isEmpty() ? name : list, JsonRecords.text(node, "list_id"),
          PartialDates.parse(JsonRecords.text(node, "date_added")), JsonRecords.text(node, "reason"),
          new SourceRef(fileName, line, id)));
      tally.emit(b, "line " + line);
    });
    return List.of(tally.report());
  }
}

package org.chokepoint.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One real-world party as Chokepoint sees it: the entities several lists publish about it, linked by a shared
 * identifier or by the same name with compatible country and schema.
 */
public record Party(String id, Schema schema, List<Entity> entities) {
  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    if (entities == null || entities.isEmpty()) {
      throw new IllegalArgumentException("party " + id + " has no entities");
    }
    entities = List.copyOf(entities);
  }

  /** The name to show: the first entity's caption. */
  public String caption() {
    return entities.getFirst().caption();
  }

  /** Every distinct name, strongest kind first per value. */
  public List<Name> names() {
    List<Name> out = new ArrayList<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (NameKind kind : NameKind.values()) {
      for (Entity e : entities) {
        for (Name n : e.names()) {
          if (n.kind() == kind && seen.add(n.value().toLowerCase(java.util.Locale.ROOT))) {
            out.add(n);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  public List<String> countries() {
    return distinct(entities.stream().flatMap(e -> e.countries().stream()).toList());
  }

  public List<String> birthDates() {
    return distinct(entities.stream().flatMap(e -> e.birthDates().stream()).toList());
  }

  public List<Identifier> identifiers() {
    return List.copyOf(new LinkedHashSet<>(entities.stream().flatMap(e -> e.identifiers().stream()).toList()));
  }

  public List<Listing> listings() {
    return entities.stream().flatMap(e -> e.listings().stream()).toList();
  }

  /** Distinct list labels, e.g. "OFAC SDN (RUSSIA-EO14024)", "EU 833/2014 Annex IV". */
  public List<String> listLabels() {
    return distinct(listings().stream().map(Listing::label).toList());
  }

  /** Distinct lists, without programmes. */
  public List<String> lists() {
    return distinct(listings().stream().map(Listing::list).toList());
  }

  /** Distinct programmes. */
  public List<String> programs() {
    return distinct(listings().stream().map(Listing::program).filter(p -> !p.isEmpty()).toList());
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }
}

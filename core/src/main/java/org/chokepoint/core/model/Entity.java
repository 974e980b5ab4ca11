package org.chokepoint.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One entity as one list describes it, modelled on FollowTheMoney.
 *
 * @param id stable id, prefixed by the list, e.g. {@code ofac-sdn-46633}
 * @param birthDates ISO 8601 dates or partial dates ("1952", "1952-10"), for persons
 * @param countries ISO 3166 alpha-2 codes (nationality, citizenship, jurisdiction, address countries)
 */
public record Entity(
    String id,
    Schema schema,
    List<Name> names,
    List<String> countries,
    List<String> addresses,
    List<Identifier> identifiers,
    List<String> birthDates,
    List<Listing> listings) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no name");
    }
    names = List.copyOf(names);
    countries = List.copyOf(countries);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    birthDates = List.copyOf(birthDates);
    listings = List.copyOf(listings);
  }

  /** The first primary name, or the first name when the list marks none as primary. */
  public String caption() {
    return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.getFirst()).value();
  }
}

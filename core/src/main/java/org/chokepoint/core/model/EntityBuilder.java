package org.chokepoint.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects what a loader reads about one entity, dropping blanks and duplicates, then builds the immutable record.
 */
public final class EntityBuilder {
  private final String id;
  private Schema schema = Schema.LEGAL_ENTITY;
  private final List<Name> names = new ArrayList<>();
  private final Set<String> nameKeys = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<String> addresses = new LinkedHashSet<>();
  private final Set<Identifier> identifiers = new LinkedHashSet<>();
  private final Set<String> birthDates = new LinkedHashSet<>();
  private final List<Listing> listings = new ArrayList<>();

  public EntityBuilder(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("entity id must not be blank");
    }
    this.id = id;
  }

  public String id() {
    return id;
  }

  public EntityBuilder schema(Schema schema) {
    this.schema = schema;
    return this;
  }

  public Schema schema() {
    return schema;
  }

  /** Adds a name unless blank or already present (a repeated name keeps its strongest kind). */
  public EntityBuilder name(String value, NameKind kind) {
    if (value == null || value.isBlank()) {
      return this;
    }
    String clean = value.strip().replaceAll("\\s+", " ");
    String key = clean.toLowerCase(Locale.ROOT);
    if (nameKeys.add(key)) {
      names.add(new Name(clean, kind));
    } else if (kind.ordinal() < strongestKind(key).ordinal()) {
      names.replaceAll(n -> n.value().toLowerCase(Locale.ROOT).equals(key) ? new Name(n.value(), kind) : n);
    }
    return this;
  }

  private NameKind strongestKind(String key) {
    return names.stream().filter(n -> n.value().toLowerCase(Locale.ROOT).equals(key)).map(Name::kind).findFirst().orElseThrow();
  }

  public boolean hasNames() {
    return !names.isEmpty();
  }

  /** Adds an ISO alpha-2 code; blank codes are ignored. */
  public EntityBuilder country(String iso2) {
    if (iso2 != null && !iso2.isBlank()) {
      countries.add(iso2.strip().toLowerCase(Locale.ROOT));
    }
    return this;
  }

  public EntityBuilder address(String address) {
    if (address != null && !address.isBlank()) {
      addresses.add(address.strip().replaceAll("\\s+", " "));
    }
    return this;
  }

  public EntityBuilder identifier(String type, String value, String country) {
    if (value != null && !value.isBlank()) {
      identifiers.add(new Identifier(type, value, country == null ? "" : country));
    }
    return this;
  }

  public EntityBuilder birthDate(String date) {
    if (date != null && !date.isBlank()) {
      birthDates.add(date.strip());
    }
    return this;
  }

  public EntityBuilder listing(Listing listing) {
    listings.add(listing);
    return this;
  }

  public Entity build() {
    return new Entity(id, schema, names, List.copyOf(countries), List.copyOf(addresses), List.copyOf(identifiers),
        List.copyOf(birthDates), listings);
  }
}

package org.chokepoint.core.model;

import java.util.Locale;

/** The kind of thing a list entry names, after FollowTheMoney's schemata. */
public enum Schema {
  PERSON("Person"),
  COMPANY("Company"),
  ORGANIZATION("Organization"),
  VESSEL("Vessel"),
  AIRPLANE("Airplane"),
  LEGAL_ENTITY("LegalEntity");

  private final String label;

  Schema(String label) {
    this.label = label;
  }

  /** The FollowTheMoney name, e.g. {@code LegalEntity}. */
  public String label() {
    return label;
  }

  /** Parses a FollowTheMoney name or a list's own word for it ("individual", "entity", "vessel"). */
  public static Schema parse(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    return switch (key) {
      case "person", "individual", "individuals", "people" -> PERSON;
      case "company", "business", "corporation" -> COMPANY;
      case "organization", "organisation", "entity", "entities", "publicbody" -> ORGANIZATION;
      case "vessel", "ship" -> VESSEL;
      case "airplane", "aircraft" -> AIRPLANE;
      case "legalentity", "", "unknown", "-0-" -> LEGAL_ENTITY;
      default -> throw new IllegalArgumentException("unknown schema: '" + text + "'");
    };
  }

  /** Whether one real-world thing could be described with both schemata. */
  public boolean compatibleWith(Schema other) {
    if (this == other || this == LEGAL_ENTITY && other.isLegalEntity() || other == LEGAL_ENTITY && isLegalEntity()) {
      return true;
    }
    return isOrganisation() && other.isOrganisation();
  }

  /** Companies and organisations: parties that are not natural persons. */
  public boolean isOrganisation() {
    return this == COMPANY || this == ORGANIZATION;
  }

  private boolean isLegalEntity() {
    return this == PERSON || isOrganisation() || this == LEGAL_ENTITY;
  }
}

package org.chokepoint.reports.extract;

import java.util.List;
import java.util.Locale;

/**
 * A named entity in a report's cleaned text.
 *
 * @param name as written (a person's later surname-only mention carries the full name)
 * @param id ISO 3166 alpha-2 (upper case) for countries, the list party id when linked to a listed party, else ""
 * @param lists the listings of the linked party ("OFAC SDN (RUSSIA-EO14024)"), empty when not linked
 * @param country ISO code of the country the name itself carries ("Chinese Embassy" → CN), "" when none
 * @param start offset in the cleaned text, inclusive
 * @param end offset in the cleaned text, exclusive
 * @param role what an organisation is (company, government, international, media, research, unknown); UNKNOWN for
 *     countries and people
 */
public record EntityMention(String name, EntityType type, String id, List<String> lists, String country, int start,
    int end, OrganisationRole role) {
  public EntityMention {
    lists = List.copyOf(lists);
    role = role == null ? OrganisationRole.UNKNOWN : role;
  }

  /** A mention without a role (a country or a person). */
  public EntityMention(String name, EntityType type, String id, List<String> lists, String country, int start,
      int end) {
    this(name, type, id, lists, country, start, end, OrganisationRole.UNKNOWN);
  }

  /** Whether this is an organisation that takes part in the supply or sanctions system. */
  public boolean isCompany() {
    return type == EntityType.ORGANIZATION && role == OrganisationRole.COMPANY;
  }

  /** The same mention with another role. */
  public EntityMention withRole(OrganisationRole newRole) {
    return new EntityMention(name, type, id, lists, country, start, end, newRole);
  }

  /** The key under which mentions of one entity are merged: its id when it has one, else its folded name. */
  public String key() {
    return id.isEmpty() ? type + ":" + name.toLowerCase(Locale.ROOT) : id;
  }
}

package org.chokepoint.core.model;

import java.util.Objects;

/**
 * One entry of an entity on one list.
 *
 * @param authority who keeps the list, e.g. "U.S. Treasury OFAC"
 * @param list the list, e.g. "OFAC SDN", "EU 833/2014 Annex IV"
 * @param program the programme or legal basis, e.g. "RUSSIA-EO14024"; empty when the list has none
 * @param listedOn listing date as ISO 8601 (or a year), empty when unknown
 * @param reason the list's stated reason, empty when none
 * @param source the record this listing was read from
 */
public record Listing(String authority, String list, String program, String listedOn, String reason, SourceRef source) {
  public Listing {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(listedOn, "listedOn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }

  /** Reads as "OFAC SDN (RUSSIA-EO14024)" or "EU 269/2014". */
  public String label() {
    return program.isEmpty() || list.contains(program) ? list : list + " (" + program + ")";
  }
}

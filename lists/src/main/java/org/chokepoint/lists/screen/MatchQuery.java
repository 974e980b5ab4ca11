package org.chokepoint.lists.screen;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.core.model.Schema;

/**
 * A screening question: a name and optional hints that raise or lower a match's score.
 *
 * @param schema what the name is, or {@link Schema#LEGAL_ENTITY} when unknown
 * @param countries ISO alpha-2 codes the party is known to be connected with
 * @param birthDate ISO date or year, "" when unknown
 * @param identifiers registration, tax, IMO or other numbers
 * @param threshold lowest score reported
 * @param limit most results reported
 * @param exclude ids of parties (or of any of their list entries) a reviewer has cleared: never reported
 */
public record MatchQuery(String name, Schema schema, List<String> countries, String birthDate,
    List<String> identifiers, double threshold, int limit, Set<String> exclude) {
  /** The score at and above which a result is reported as a match unless the user asks otherwise. */
  public static final double DEFAULT_THRESHOLD = 0.75;
  /** Names longer than this are rejected: no listed name comes near it. */
  public static final int MAX_NAME_LENGTH = 1000;

  public MatchQuery {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name is " + name.length() + " characters; at most " + MAX_NAME_LENGTH);
    }
    if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
    }
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be in [1,500], got " + limit);
    }
    schema = schema == null ? Schema.LEGAL_ENTITY : schema;
    countries = List.copyOf(countries == null ? List.of() : countries);
    birthDate = birthDate == null ? "" : birthDate.strip();
    identifiers = List.copyOf(identifiers == null ? List.of() : identifiers);
    exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
  }

  /** A query that excludes nothing. */
  public MatchQuery(String name, Schema schema, List<String> countries, String birthDate, List<String> identifiers,
      double threshold, int limit) {
    this(name, schema, countries, birthDate, identifiers, threshold, limit, Set.of());
  }

  /** This query, also excluding the parties with the given ids. */
  public MatchQuery excluding(Collection<String> ids) {
    Set<String> all = new HashSet<>(exclude);
    for (String id : ids) {
      if (id != null && !id.isBlank()) {
        all.add(id.strip());
      }
    }
    return new MatchQuery(name, schema, countries, birthDate, identifiers, threshold, limit, all);
  }

  /** A query with no hints, the default threshold and ten results. */
  public static MatchQuery of(String name) {
    return new MatchQuery(name, Schema.LEGAL_ENTITY, List.of(), "", List.of(), DEFAULT_THRESHOLD, 10);
  }
}

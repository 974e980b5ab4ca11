package org.chokepoint.reports.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.text.TextFold;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * Links names from reports to listed parties through the screening engine. A report name is short and has no
 * hints, so the bar is higher than for screening: 0.88 and a schema that fits (a person for a person, an
 * organisation for an organisation).
 */
public final class ScreeningLinker implements ListLinker {
  /** The lowest screening score at which a report name is linked to a listed party. */
  public static final double THRESHOLD = 0.88;

  private final Screener screener;
  private final Map<String, Optional<Link>> cache = new ConcurrentHashMap<>();

  public ScreeningLinker(Screener screener) {
    this.screener = screener;
  }

  @Override
  public Optional<Link> link(String name, EntityType type) {
    if (type == EntityType.COUNTRY || name.isBlank() || name.length() > MatchQuery.MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(type + "\u0000" + name, k -> lookup(name, type));
  }

  private static String fold(String s) {
    return TextFold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private Optional<Link> lookup(String name, EntityType type) {
    Schema schema = type == EntityType.PERSON ? Schema.PERSON : Schema.LEGAL_ENTITY;
    List<Match> matches = screener.screen(new MatchQuery(name, schema, List.of(), "", List.of(), THRESHOLD, 3));
    for (Match m : matches) {
      boolean person = m.party().schema() == Schema.PERSON;
      boolean fits = type == EntityType.PERSON ? person
          : !person && m.party().schema() != Schema.VESSEL && m.party().schema() != Schema.AIRPLANE;
      if (fits) {
        boolean exact = m.party().names().stream().anyMatch(n -> fold(n.value()).equals(fold(name)));
        return Optional.of(new Link(m.party().id(), m.party().caption(), m.party().listLabels(), m.score(), exact));
      }
    }
    return Optional.empty();
  }
}

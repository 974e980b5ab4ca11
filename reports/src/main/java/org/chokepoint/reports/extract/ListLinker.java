package org.chokepoint.reports.extract;

import java.util.List;
import java.util.Optional;

/** Links a name found in a report to a party on the sanctions and export-control lists. */
@FunctionalInterface
public interface ListLinker {
  /**
   * A listed party a name was linked to.
   *
   * @param exact whether the report's name equals one of the party's listed names, letter for letter once folded
   */
  record Link(String id, String caption, List<String> lists, double score, boolean exact) {
    public Link {
      lists = List.copyOf(lists);
    }
  }

  /** The listed party {@code name} names, if the lists hold one that matches closely. */
  Optional<Link> link(String name, EntityType type);

  /** Links nothing: for runs without a screening index. */
  ListLinker NONE = (name, type) -> Optional.empty();
}

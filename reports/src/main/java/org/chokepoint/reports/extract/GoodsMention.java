package org.chokepoint.reports.extract;

import java.util.List;

/**
 * Goods, a technology or a service named in a report, normalised through the goods capability.
 *
 * @param name as written
 * @param kind goods, technology or service
 * @param group the Chokepoint goods group id ("machine-tools"), "" for services and single headings
 * @param hs HS 2022 headings (four digits) the mention covers; empty for services
 * @param chplTiers CHPL tiers among those headings
 */
public record GoodsMention(String name, String kind, String group, List<String> hs, List<String> chplTiers,
    int start, int end) {
  public GoodsMention {
    hs = List.copyOf(hs);
    chplTiers = List.copyOf(chplTiers);
  }

  /** What consolidation compares: the group, else the first heading, else the folded name. */
  public String key() {
    return !group.isEmpty() ? group : !hs.isEmpty() ? hs.getFirst() : name.toLowerCase(java.util.Locale.ROOT);
  }
}

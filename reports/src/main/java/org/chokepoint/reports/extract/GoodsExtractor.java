package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.groups.GoodsGroups;

/**
 * Finds goods, technologies and services in a report through {@code goods-terms.tsv}, and gives each the HS 2022
 * headings and CHPL tiers of its goods group (or heading) in the goods capability. Every term is checked against the
 * catalog when the extractor is built.
 */
final class GoodsExtractor {
  private record Resolved(String kind, String group, List<String> hs, List<String> tiers) {}

  private final PhraseMatcher<Resolved> terms;
  private final PhraseMatcher<String> endUses;

  GoodsExtractor(GoodsCatalog catalog) {
    Map<String, Resolved> table = new HashMap<>();
    Map<String, Resolved> byTarget = new HashMap<>();
    for (String[] row : Lexicon.GOODS_TERMS.values()) {
      Resolved r = byTarget.computeIfAbsent(row[1] + "\t" + row[2], k -> resolve(catalog, row));
      table.put(row[0], r);
    }
    this.terms = new PhraseMatcher<>(table, true, true);
    Map<String, String> uses = new HashMap<>();
    Lexicon.END_USES.values().forEach(row -> uses.put(row[0], row[1]));
    this.endUses = new PhraseMatcher<>(uses, true, true);
  }

  private static Resolved resolve(GoodsCatalog catalog, String[] row) {
    String target = row[1];
    String kind = row[2];
    if (!List.of("goods", "technology", "service").contains(kind)) {
      throw new IllegalStateException("goods-terms.tsv: '" + row[0] + "': kind must be goods, technology or service");
    }
    if (target.equals("service")) {
      return new Resolved(kind, "", List.of(), List.of());
    }
    TreeSet<String> headings = new TreeSet<>();
    TreeSet<String> tiers = new TreeSet<>();
    String group = "";
    if (target.matches("\\d{4}")) {
      if (!catalog.hs().contains(target)) {
        throw new IllegalStateException("goods-terms.tsv: '" + row[0] + "': " + target + " is not an HS 2022 heading");
      }
      headings.add(target);
      catalog.hs().subheadings(target).forEach(s -> tiers.addAll(catalog.chpl().tiersOf(s)));
    } else {
      GoodsGroups.Group g;
      try {
        g = catalog.groups().get(target);
      } catch (java.util.NoSuchElementException e) {
        throw new IllegalStateException("goods-terms.tsv: '" + row[0] + "': " + e.getMessage(), e);
      }
      group = g.id();
      for (String sub : g.subheadings()) {
        headings.add(sub.substring(0, 4));
        tiers.addAll(catalog.chpl().tiersOf(sub));
      }
    }
    return new Resolved(kind, group, List.copyOf(headings), List.copyOf(tiers));
  }

  List<GoodsMention> goods(String text, int from, int to) {
    List<GoodsMention> out = new ArrayList<>();
    for (PhraseMatcher.Hit<Resolved> h : terms.find(text, from, to)) {
      Resolved r = h.value();
      out.add(new GoodsMention(h.text(), r.kind(), r.group(), r.hs(), r.tiers(), h.start(), h.end()));
    }
    return out;
  }

  List<EndUse> endUses(String text, int from, int to) {
    List<EndUse> out = new ArrayList<>();
    for (PhraseMatcher.Hit<String> h : endUses.find(text, from, to)) {
      out.add(new EndUse(h.text(), h.value(), h.start(), h.end()));
    }
    return out;
  }
}

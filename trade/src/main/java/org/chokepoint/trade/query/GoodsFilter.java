package org.chokepoint.trade.query;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.groups.GoodsGroups;

/**
 * Which goods a question is about, as an SQL condition on the fact table: a goods group ("machine-tools",
 * "chpl-1"), HS codes ("8542", "854231"), a file's own product aggregate ("product:EU-SANCTIONED"), "all" (every
 * product row), or nothing (the files' all-goods totals). Headings reported beside their subheadings are never
 * counted twice.
 */
public record GoodsFilter(String label, String sql) {
  /** The all-goods totals files report ("TOTAL" rows). */
  public static final GoodsFilter TOTAL = new GoodsFilter("all goods (reported totals)", "classification = 'TOTAL'");

  public static GoodsFilter parse(String spec, GoodsCatalog catalog) {
    if (spec == null || spec.isBlank() || spec.equalsIgnoreCase("total")) {
      return TOTAL;
    }
    String s = spec.strip();
    if (s.equalsIgnoreCase("all")) {
      return new GoodsFilter("all products (sum of product rows)", "level > 0 AND NOT redundant");
    }
    if (s.toLowerCase(Locale.ROOT).startsWith("product:")) {
      String product = s.substring(8).strip().toUpperCase(Locale.ROOT);
      if (!product.matches("[A-Z0-9_-]+")) {
        throw new IllegalArgumentException("bad product aggregate '" + product + "'");
      }
      return new GoodsFilter("product " + product, "product = '" + product + "'");
    }
    Set<String> sub = new TreeSet<>();
    Set<String> headings = new TreeSet<>();
    if (s.matches("[0-9., ]+")) {
      for (String code : s.split(",")) {
        String digits = code.replaceAll("[^0-9]", "");
        switch (digits.length()) {
          case 4 -> headings.add(digits);
          case 6, 8 -> sub.add(digits.substring(0, 6));
          case 2 -> headings.add(digits + "__");
          default -> throw new IllegalArgumentException("HS code '" + code.strip() + "': use 2, 4, 6 or 8 digits");
        }
      }
      return of(s + describe(s, catalog), sub, headings);
    }
    GoodsGroups.Group g;
    try {
      g = catalog.groups().get(s);
    } catch (java.util.NoSuchElementException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    sub.addAll(g.subheadings());
    for (String h : new TreeSet<>(g.subheadings().stream().map(x -> x.substring(0, 4)).toList())) {
      if (g.subheadings().containsAll(catalog.hs().subheadings(h))) {
        headings.add(h);
      }
    }
    return of(g.name() + " (" + g.id() + ")", sub, headings);
  }

  /** The HS descriptions of the codes, shortened: " (8542 Electronic integrated circuits)". */
  private static String describe(String codes, GoodsCatalog catalog) {
    if (catalog == null) {
      return "";
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String code : codes.split(",")) {
      String digits = code.replaceAll("[^0-9]", "");
      if (digits.length() == 8) {
        continue;
      }
      try {
        String d = catalog.hs().get(org.chokepoint.goods.hs.HsCode.parse(digits)).description();
        names.add(digits + " " + (d.length() > 60 ? d.substring(0, 59) + "…" : d));
      } catch (RuntimeException e) {
        // a code HS 2022 does not have: the code alone names it
      }
    }
    return names.isEmpty() ? "" : " (" + String.join("; ", names) + ")";
  }

  private static GoodsFilter of(String label, Set<String> sub, Set<String> headings) {
    StringBuilder sql = new StringBuilder("NOT redundant AND (");
    boolean first = true;
    if (!sub.isEmpty()) {
      sql.append("hs6 IN (").append(String.join(", ", sub.stream().map(x -> "'" + x + "'").toList())).append(")");
      first = false;
    }
    for (String h : headings) {
      sql.append(first ? "" : " OR ");
      if (h.endsWith("__")) {
        sql.append("(level >= 4 AND hs4 LIKE '").append(h.substring(0, 2)).append("%' AND (level = 4 OR hs6 <> ''))");
      } else {
        sql.append("(hs4 = '").append(h).append("' AND level >= 4)");
      }
      first = false;
    }
    sql.append(")");
    return new GoodsFilter(label, sql.toString());
  }
}

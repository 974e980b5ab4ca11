package org.chokepoint.goods.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.chokepoint.core.io.ResourceTables;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;

/**
 * The named goods groups every capability speaks of ("machine tools", "microelectronics", each CHPL tier …), defined
 * as data in {@code goods-groups.tsv} and resolved to HS 2022 subheadings.
 */
public final class GoodsGroups {
  /** A group: its id, name, scope as written, what it covers, and the six-digit codes it resolves to. */
  public record Group(String id, String name, String scope, String description, Set<String> subheadings) {}

  private final Map<String, Group> byId;

  private GoodsGroups(Map<String, Group> byId) {
    this.byId = java.util.Collections.unmodifiableMap(byId);
  }

  /** Resolves the built-in group definitions against a nomenclature and the CHPL; bad scopes fail with the group. */
  public static GoodsGroups standard(Nomenclature hs, Chpl chpl) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (String[] row : ResourceTables.read(GoodsGroups.class, "goods-groups.tsv", 4, "id<TAB>name<TAB>scope<TAB>text")) {
      Set<String> codes = new LinkedHashSet<>();
      for (String part : row[2].split(",")) {
        try {
          codes.addAll(resolve(part.strip(), hs, chpl));
        } catch (IllegalArgumentException | NoSuchElementException e) {
          throw new IllegalStateException("goods-groups.tsv group '" + row[0] + "': scope '" + part + "': "
              + e.getMessage(), e);
        }
      }
      if (groups.put(row[0], new Group(row[0], row[1], row[2], row[3], Set.copyOf(codes))) != null) {
        throw new IllegalStateException("goods-groups.tsv: group '" + row[0] + "' defined twice");
      }
    }
    return new GoodsGroups(groups);
  }

  private static List<String> resolve(String part, Nomenclature hs, Chpl chpl) {
    if (part.startsWith("chpl:")) {
      String tier = part.substring(5);
      if (!Chpl.TIERS.contains(tier)) {
        throw new IllegalArgumentException("unknown CHPL tier " + tier);
      }
      return chpl.tier(tier).stream().map(Chpl.Item::hs6).toList();
    }
    if (part.contains("-")) {
      String[] ends = part.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[1]);
      if (ends[0].length() != ends[1].length() || from > to) {
        throw new IllegalArgumentException("a range needs two codes of one level, low to high");
      }
      List<String> out = new ArrayList<>();
      for (int c = from; c <= to; c++) {
        String code = String.format(java.util.Locale.ROOT, "%0" + ends[0].length() + "d", c);
        if (hs.contains(code)) {
          out.addAll(hs.subheadings(code));
        }
      }
      return out;
    }
    HsCode code = HsCode.parse(part);
    hs.get(code);
    return hs.subheadings(code.digits());
  }

  public List<Group> all() {
    return List.copyOf(byId.values());
  }

  public Group get(String id) {
    Group g = byId.get(id);
    if (g == null) {
      throw new NoSuchElementException("no goods group '" + id + "'; known: " + String.join(", ", byId.keySet()));
    }
    return g;
  }

  /** The groups a code belongs to: a subheading by membership, a heading or chapter when any subheading is in. */
  public List<Group> containing(HsCode code) {
    return byId.values().stream()
        .filter(g -> g.subheadings().stream().anyMatch(code::contains)).toList();
  }
}

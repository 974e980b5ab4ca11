package org.chokepoint.lists.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Identifier;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.text.PartialDates;
import org.chokepoint.lists.match.LegalForms;
import org.chokepoint.lists.match.NameParts;

/**
 * Links entities that several lists publish about the same party: same strong identifier (IMO, INN, OGRN, USCC,
 * LEI, registration or tax number), or same normalised strong name (word order and legal form ignored) with a
 * compatible schema, overlapping or unknown countries and, for persons, compatible birth dates.
 */
public final class PartyLinker {
  private static final Set<String> STRONG_IDS = Set.of("IMO", "INN", "OGRN", "USCC", "LEI", "SWIFT", "REGISTRATION",
      "TAX", "UN_REFERENCE");
  /** Names shared by more entities than this are too common to link on. */
  private static final int MAX_NAME_GROUP = 12;

  private PartyLinker() {}

  /** Groups entities into parties; the input order decides each party's first entity and so its caption. */
  public static List<Party> link(List<Entity> entities) {
    int n = entities.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byId = new HashMap<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    LegalForms forms = LegalForms.standard();
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      for (Identifier id : e.identifiers()) {
        String key = id.key();
        if (STRONG_IDS.contains(id.type()) && key.length() >= 6 && key.chars().anyMatch(Character::isDigit)) {
          Integer other = byId.putIfAbsent(key, i);
          if (other != null && e.schema().compatibleWith(entities.get(other).schema())) {
            union(parent, other, i);
          }
        }
      }
      for (Name name : e.names()) {
        if (name.kind().isWeak()) {
          continue;
        }
        NameParts parts = NameParts.of(name.value(), e.schema(), forms);
        if (parts.tokens().size() < 1 || parts.compact().length() < 4) {
          continue;
        }
        String key = group(e.schema()) + ":" + String.join(" ", parts.tokens().stream().sorted().toList());
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : byName.values()) {
      if (group.size() < 2 || group.size() > MAX_NAME_GROUP) {
        continue;
      }
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          if (compatible(entities.get(group.get(a)), entities.get(group.get(b)))) {
            union(parent, group.get(a), group.get(b));
          }
        }
      }
    }
    Map<Integer, List<Entity>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entities.get(i));
    }
    List<Party> parties = new ArrayList<>(members.size());
    for (List<Entity> group : members.values()) {
      String id = group.stream().map(Entity::id).min(Comparator.naturalOrder()).orElseThrow();
      Schema schema = group.stream().map(Entity::schema).min(Comparator.comparingInt(PartyLinker::specificity))
          .orElseThrow();
      parties.add(new Party(id, schema, group));
    }
    return parties;
  }

  private static int specificity(Schema s) {
    return switch (s) {
      case PERSON, VESSEL, AIRPLANE -> 0;
      case COMPANY -> 1;
      case ORGANIZATION -> 2;
      case LEGAL_ENTITY -> 3;
    };
  }

  private static String group(Schema s) {
    return switch (s) {
      case PERSON -> "person";
      case VESSEL -> "vessel";
      case AIRPLANE -> "airplane";
      default -> "legal";
    };
  }

  private static boolean compatible(Entity a, Entity b) {
    if (!a.schema().compatibleWith(b.schema())) {
      return false;
    }
    if (!a.countries().isEmpty() && !b.countries().isEmpty() && a.countries().stream().noneMatch(b.countries()::contains)) {
      return false;
    }
    if (a.schema() == Schema.PERSON || b.schema() == Schema.PERSON) {
      if (a.birthDates().isEmpty() || b.birthDates().isEmpty()) {
        return !a.countries().isEmpty() && !b.countries().isEmpty() || a.names().getFirst().value().split(" ").length >= 3;
      }
      return a.birthDates().stream().anyMatch(x -> b.birthDates().stream().anyMatch(y -> PartialDates.compatible(x, y)));
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}

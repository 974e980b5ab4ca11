package org.chokepoint.lists.eval;

import com.ibm.icu.lang.UScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;

/**
 * Labelled cross-script pairs taken from the lists themselves: entities that carry a name in a non-Latin script and
 * a Latin name for the same person or company. Each entity goes, by a hash of its id, to the development part or
 * the hold-out part (one in five), so rules can be tuned on one and measured once on the other. Each native name
 * is also paired with the Latin name of another entity of the same script and schema, as a negative.
 */
public final class CrossScriptSet {
  /** Which part of the set an entity belongs to. */
  public enum Part {
    DEV,
    HOLDOUT;

    public static Part parse(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "dev" -> DEV;
        case "holdout", "hold-out" -> HOLDOUT;
        default -> throw new IllegalArgumentException("part must be dev or holdout, got '" + s + "'");
      };
    }
  }

  private CrossScriptSet() {}

  /** The pairs of one part, sorted by entity id; the category is {@code cross_script_<script>}. */
  public static List<PairEvaluation.LabelledPair> pairs(List<Party> parties, Part part) {
    List<Entity> entities = new ArrayList<>();
    for (Party p : parties) {
      entities.addAll(p.entities());
    }
    entities.sort(Comparator.comparing(Entity::id));
    Map<String, List<String[]>> byGroup = new LinkedHashMap<>();
    List<PairEvaluation.LabelledPair> out = new ArrayList<>();
    long line = 0;
    for (Entity e : entities) {
      if (partOf(e.id()) != part) {
        continue;
      }
      String latin = null;
      String foreign = null;
      String script = null;
      for (Name n : e.names()) {
        String s = mainScript(n.value());
        if (s == null) {
          continue;
        }
        if (s.equals("latin")) {
          latin = latin == null || n.kind() == NameKind.PRIMARY && !isPrimary(e, latin)
              ? n.value() : latin;
        } else if (foreign == null) {
          foreign = n.value();
          script = s;
        }
      }
      if (latin == null || foreign == null) {
        continue;
      }
      out.add(new PairEvaluation.LabelledPair(++line, e.schema(), foreign, latin, true, category(e.schema(), script)));
      byGroup.computeIfAbsent(script + "|" + e.schema(), k -> new ArrayList<>()).add(new String[] {foreign, latin});
    }
    for (var g : byGroup.entrySet()) {
      List<String[]> items = g.getValue();
      if (items.size() < 2) {
        continue;
      }
      String script = g.getKey().substring(0, g.getKey().indexOf('|'));
      Schema schema = Schema.parse(
          g.getKey().substring(g.getKey().indexOf('|') + 1));
      for (int i = 0; i < items.size(); i++) {
        String[] other = items.get((i + items.size() / 2) % items.size());
        if (!other[1].equals(items.get(i)[1])) {
          out.add(new PairEvaluation.LabelledPair(++line, schema, items.get(i)[0], other[1], false,
              category(schema, script)));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Persons and organisations apart: organisations' native names are often translations, not transliterations. */
  private static String category(Schema schema, String script) {
    return "cross_script_" + (schema == Schema.PERSON ? "person_" : "org_") + script;
  }

  private static boolean isPrimary(Entity e, String value) {
    return e.names().stream().anyMatch(n -> n.value().equals(value) && n.kind() == NameKind.PRIMARY);
  }

  /** The part an entity id falls in: the first byte of its SHA-256, one in five to the hold-out. */
  public static Part partOf(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % 5 == 0 ? Part.HOLDOUT : Part.DEV;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The script of at least four fifths of a name's letters, lower-case ("latin", "cyrillic", "han", "hangul",
   * "arabic" …; Kana with Han counts as "japanese"), or null when mixed or without letters.
   */
  public static String mainScript(String name) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    int letters = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int s = UScript.getScript(cp);
      if (s == UScript.HIRAGANA || s == UScript.KATAKANA) {
        s = UScript.KATAKANA;
      }
      counts.merge(s, 1, Integer::sum);
      letters++;
    }
    if (letters == 0) {
      return null;
    }
    if (counts.containsKey(UScript.KATAKANA) && counts.getOrDefault(UScript.HAN, 0) + counts.get(UScript.KATAKANA)
        >= letters * 4 / 5.0) {
      return "japanese";
    }
    for (var e : counts.entrySet()) {
      if (e.getValue() >= letters * 4 / 5.0) {
        return UScript.getName(e.getKey()).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }
}

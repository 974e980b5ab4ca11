package org.chokepoint.lists.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.io.ResourceTables;
import org.chokepoint.core.text.Hangul;
import org.chokepoint.core.text.TextFold;

/**
 * Given names and their short forms ("Bob" for Robert, "Sasha" for Alexander, "Pepe" for José), read from
 * {@code given-name-variants.tsv}, and Korean family names' spellings (Revised, passport, McCune-Reischauer and North
 * Korean: 이 i/Lee/Yi/Ri/Rhee), from {@link Hangul} and {@code korean-family-names.tsv}: two words stand for one
 * name when they share a group.
 */
public final class Nicknames {
  private static final Nicknames STANDARD = load();
  private final Map<String, Set<Integer>> groupsByWord;

  private Nicknames(Map<String, Set<Integer>> groupsByWord) {
    this.groupsByWord = Map.copyOf(groupsByWord);
  }

  public static Nicknames standard() {
    return STANDARD;
  }

  /** Whether two different folded words are a given name and its short form, or two short forms of one name. */
  public boolean same(String a, String b) {
    Set<Integer> ga = groupsByWord.get(a);
    if (ga == null || a.equals(b)) {
      return false;
    }
    Set<Integer> gb = groupsByWord.get(b);
    if (gb == null) {
      return false;
    }
    for (Integer g : ga) {
      if (gb.contains(g)) {
        return true;
      }
    }
    return false;
  }

  private static Nicknames load() {
    Map<String, Set<Integer>> map = new HashMap<>();
    List<String[]> rows = ResourceTables.read(Nicknames.class, "given-name-variants.tsv", 2, "name<TAB>variants");
    for (int g = 0; g < rows.size(); g++) {
      String[] row = rows.get(g);
      Set<String> words = new HashSet<>();
      words.add(TextFold.fold(row[0]));
      for (String v : row[1].split("\\|")) {
        words.add(TextFold.fold(v));
      }
      for (String w : words) {
        if (w.isEmpty() || w.contains(" ")) {
          throw new IllegalStateException("given-name-variants.tsv line for '" + row[0] + "': '" + w
              + "' is not one word");
        }
        map.computeIfAbsent(w, k -> new HashSet<>()).add(g);
      }
    }
    int g = rows.size();
    for (List<String> spellings : Hangul.familyNameSpellings()) {
      g++;
      for (String w : spellings) {
        map.computeIfAbsent(w, k -> new HashSet<>()).add(g);
      }
    }
    for (String[] row : ResourceTables.read(Nicknames.class, "korean-family-names.tsv", 2, "name<TAB>spellings")) {
      g++;
      map.computeIfAbsent(row[0], k -> new HashSet<>()).add(g);
      for (String v : row[1].split("\\|")) {
        map.computeIfAbsent(v, k -> new HashSet<>()).add(g);
      }
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return new Nicknames(map);
  }
}

package org.chokepoint.lists.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.core.io.ResourceTables;
import org.chokepoint.core.text.TextFold;

/**
 * Recognises legal-form words (Co., Ltd., LLC, ООО, JSC/AO, GmbH, 有限公司 …) at either end of a folded name and maps
 * them to a coarse class (LLC, JSC, INC, LP, FUP), read from {@code legal-forms.tsv}.
 */
public final class LegalForms {
  private static final LegalForms DEFAULT = load();
  private final Map<List<String>, String> classByTokens;
  private final int longest;
  private final Map<String, String> longWords;

  private LegalForms(Map<List<String>, String> classByTokens) {
    this.classByTokens = Map.copyOf(classByTokens);
    this.longest = classByTokens.keySet().stream().mapToInt(List::size).max().orElse(0);
    Map<String, String> words = new HashMap<>();
    classByTokens.forEach((k, v) -> {
      if (k.size() == 1 && k.getFirst().length() >= 6) {
        words.put(k.getFirst(), v);
      }
    });
    this.longWords = Map.copyOf(words);
  }

  public static LegalForms standard() {
    return DEFAULT;
  }

  /** The name's tokens without leading and trailing legal forms, and the classes removed. */
  public record Split(List<String> tokens, List<String> forms) {}

  /** Removes legal forms from both ends of {@code tokens}, keeping at least one token. */
  public Split split(List<String> tokens) {
    int start = 0;
    int end = tokens.size();
    List<String> forms = new ArrayList<>(2);
    boolean changed = true;
    while (changed && end - start > 1) {
      changed = false;
      for (int n = Math.min(longest, end - start - 1); n >= 1; n--) {
        String cls = n == 1 ? lookupFuzzy(tokens.get(end - 1)) : classByTokens.get(tokens.subList(end - n, end));
        if (cls == null && n == 1 && end == tokens.size() && forms.isEmpty()) {
          cls = lookupTruncated(tokens.get(end - 1));
        }
        if (cls != null) {
          forms.add(cls);
          end -= n;
          changed = true;
          break;
        }
      }
      for (int n = Math.min(longest, end - start - 1); n >= 1 && !changed; n--) {
        String cls = n == 1 ? lookupFuzzy(tokens.get(start)) : classByTokens.get(tokens.subList(start, start + n));
        if (cls != null) {
          forms.add(cls);
          start += n;
          changed = true;
        }
      }
    }
    return new Split(List.copyOf(tokens.subList(start, end)), List.copyOf(forms));
  }

  /** A one-word legal form, allowing one typo in words of six letters or more ("Liited", "Aktiengeselschaft"). */
  private String lookupFuzzy(String word) {
    String exact = classByTokens.get(List.of(word));
    if (exact != null || word.length() < 6) {
      return exact;
    }
    for (var e : longWords.entrySet()) {
      if (EditDistance.bounded(word, e.getKey(), 1) <= 1) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * A long legal-form word cut off at the end of a field ("Limi", "Corporat"): four letters or more that begin
   * exactly one class's long words.
   */
  private String lookupTruncated(String word) {
    if (word.length() < 4) {
      return null;
    }
    String found = null;
    for (var e : longWords.entrySet()) {
      if (e.getKey().length() > word.length() && e.getKey().startsWith(word)) {
        if (found != null && !found.equals(e.getValue())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /** Whether the whole token sequence is one legal form ("CORP", "LLC"). */
  public boolean isOnlyLegalForm(List<String> tokens) {
    return !tokens.isEmpty() && tokens.size() <= longest && classByTokens.containsKey(tokens);
  }

  private static LegalForms load() {
    Map<List<String>, String> map = new HashMap<>();
    for (String[] row : ResourceTables.read(LegalForms.class, "legal-forms.tsv", 2, "class<TAB>aliases")) {
      for (String alias : row[1].split("\\|")) {
        String folded = TextFold.fold(alias);
        if (!folded.isEmpty()) {
          map.putIfAbsent(List.of(folded.split(" ")), row[0]);
        }
      }
    }
    return new LegalForms(map);
  }
}

package org.chokepoint.lists.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.text.TextFold;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * Whole-pipeline screening measurements: top-1 recall of names that are on a list, and the false-positive rate on
 * names that are on none.
 */
public final class ScreeningEvaluation {
  /** Top-1 recall: how many names came back first as the listed party they name; the misses for inspection. */
  public record Recall(int n, int top1, List<String> misses) {
    public double rate() {
      return n == 0 ? 0 : (double) top1 / n;
    }
  }

  /** False positives: names on no list that matched something at the threshold. */
  public record FalsePositives(int n, int matched, List<String> examples, Map<String, Group> byScript) {
    public double rate() {
      return n == 0 ? 0 : (double) matched / n;
    }
  }

  /** Names screened and names matched in one group (a script). */
  public record Group(int n, int matched) {
    Group plus(Group o) {
      return new Group(n + o.n, matched + o.matched);
    }
  }

  private ScreeningEvaluation() {}

  /**
   * Screens each {@code column} value of a CSV of listed persons, with the file's {@code date_of_birth} and
   * {@code nationality} as hints when present; a hit counts when the top party holds an entity
   * of the list whose id starts with {@code idPrefix} and that carries the same name (compared folded, without
   * spaces).
   */
  public static Recall topOneRecall(Screener screener, Path csvFile, String column, String idPrefix,
      double threshold) throws IOException {
    return topOneRecall(screener, csvFile, column, idPrefix, threshold, null);
  }

  /**
   * As above, screening each name after {@code treatment} (typos, reordering) when given; the hit is still judged by
   * the untreated name.
   */
  public static Recall topOneRecall(Screener screener, Path csvFile, String column, String idPrefix,
      double threshold, TypoTreatment treatment) throws IOException {
    List<String> names = CsvHeader.column(csvFile, column, false);
    List<String> queries = treatment == null ? names : names.stream().map(treatment::treat).toList();
    List<String> dobs = optionalColumn(csvFile, "date_of_birth", names.size());
    List<String> nationalities = optionalColumn(csvFile, "nationality", names.size());
    AtomicInteger hits = new AtomicInteger();
    List<String> misses = Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, names.size()).parallel().forEach(i -> {
      String name = names.get(i);
      String country = Countries.toIso2(nationalities.get(i));
      List<Match> m = screener.screen(new MatchQuery(queries.get(i), Schema.PERSON, country.isEmpty() ? List.of()
          : List.of(country), dobs.get(i), List.of(), threshold, 1));
      String key = TextFold.compact(name);
      boolean ok = !m.isEmpty() && m.getFirst().party().entities().stream()
          .filter(e -> e.id().startsWith(idPrefix))
          .anyMatch(e -> hasName(e, key));
      if (ok) {
        hits.incrementAndGet();
      } else if (misses.size() < 50) {
        misses.add(queries.get(i) + " -> " + (m.isEmpty() ? "no match" : m.getFirst().party().caption() + " "
            + m.getFirst().score()));
      }
    });
    return new Recall(names.size(), hits.get(), List.copyOf(misses));
  }

  private static boolean hasName(Entity e, String compactKey) {
    for (Name n : e.names()) {
      if (TextFold.compact(n.value()).equals(compactKey)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Screens each {@code column} value at {@code threshold} and counts those with any match, per script (the file's
   * {@code script} column when it has one, else the script of the name's letters).
   */
  public static FalsePositives falsePositives(Screener screener, Path csvFile, String column, double threshold)
      throws IOException {
    List<String> names = CsvHeader.column(csvFile, column, false);
    List<String> scripts = optionalColumn(csvFile, "script", names.size());
    AtomicInteger matched = new AtomicInteger();
    List<String> examples = Collections.synchronizedList(new ArrayList<>());
    Map<String, Group> byScript = new ConcurrentSkipListMap<>();
    IntStream.range(0, names.size()).parallel().forEach(i -> {
      String name = names.get(i);
      List<Match> m = screener.screen(new MatchQuery(name, null, List.of(), "", List.of(), threshold, 1));
      String script = scripts.get(i).isBlank() ? String.valueOf(CrossScriptSet.mainScript(name)) : scripts.get(i);
      byScript.merge(script.toLowerCase(Locale.ROOT), new Group(1, m.isEmpty() ? 0 : 1), Group::plus);
      if (!m.isEmpty()) {
        matched.incrementAndGet();
        if (examples.size() < 30) {
          examples.add(name + " -> " + m.getFirst().party().caption() + " " + m.getFirst().score());
        }
      }
    });
    return new FalsePositives(names.size(), matched.get(), List.copyOf(examples), Map.copyOf(byScript));
  }

  private static List<String> optionalColumn(Path file, String column, int size) {
    try {
      List<String> values = CsvHeader.column(file, column, true);
      return values.size() == size ? values : Collections.nCopies(size, "");
    } catch (IOException e) {
      return Collections.nCopies(size, "");
    }
  }
}

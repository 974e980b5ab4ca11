package org.chokepoint.lists.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;

/** Counts what a loader reads and emits, and keeps the first problems; becomes a {@link LoadReport}. */
final class Tally {
  private static final int MAX_PROBLEMS = 20;
  private final String list;
  private final String file;
  private final Consumer<Entity> sink;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private long read;
  private long entities;
  private long names;

  Tally(String list, String file, Consumer<Entity> sink) {
    this.list = list;
    this.file = file;
    this.sink = sink;
  }

  void read() {
    read++;
  }

  /** Records a skipped record; {@code where} names the line or record. */
  void skip(String reason, String where) {
    skipped.merge(reason, 1L, Long::sum);
    problem(where + ": skipped: " + reason);
  }

  void problem(String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(file + ":" + message);
    }
  }

  /** Builds and emits the entity, or counts it as skipped when it has no usable name. */
  void emit(EntityBuilder builder, String where) {
    if (!builder.hasNames()) {
      skip("no name", where);
      return;
    }
    Entity e = builder.build();
    entities++;
    names += e.names().size();
    sink.accept(e);
  }

  LoadReport report() {
    return new LoadReport(list, file, read, skipped, entities, names, problems);
  }
}

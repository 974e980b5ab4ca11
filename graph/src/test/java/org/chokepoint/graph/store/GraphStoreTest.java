package org.chokepoint.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {
  @TempDir
  Path dir;

  private static Graph graphOf(String... ids) {
    Graph g = new Graph();
    for (String id : ids) {
      g.add(new Node(id, NodeKind.PARTY, "Party " + id, "", Map.of()));
    }
    return g;
  }

  @Test
  void aKilledBuildLeavesTheLiveGraphAndItsLeftoversAreRemoved() throws IOException {
    Path file = dir.resolve("graph.duckdb");
    GraphStore.save(graphOf("a"), file);
    Path building = GraphStore.buildingOf(file);
    Files.writeString(building, "half a database");
    Files.writeString(building.resolveSibling(building.getFileName() + ".wal"), "half a log");

    assertThat(GraphStore.load(file).node("a")).isNotNull();
    assertThat(GraphStore.removeLeftovers(file)).hasSize(2);
    assertThat(building).doesNotExist();
    assertThat(GraphStore.load(file).node("a")).isNotNull();
  }

  @Test
  void leftoversOfARunningBuildAreKept() throws IOException {
    Path file = dir.resolve("graph.duckdb");
    Path building = GraphStore.buildingOf(file);
    Files.writeString(building, "a build in progress");
    try (FileChannel c = FileChannel.open(file.resolveSibling("graph.duckdb.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = c.lock()) {
      assertThat(GraphStore.removeLeftovers(file)).isEmpty();
      assertThatThrownBy(() -> GraphStore.save(graphOf("b"), file)).hasMessageContaining("another graph build");
    }
    assertThat(building).exists();
  }

  @Test
  void theLiveGraphAnswersFromANewBuildWithoutReopening() throws IOException {
    Path file = dir.resolve("graph.duckdb");
    GraphStore.save(graphOf("old"), file);
    try (LiveGraph live = LiveGraph.open(file, s -> { })) {
      GraphQueries queries = live.queries();
      assertThat(queries.node("old")).isNotNull();
      GraphStore.save(graphOf("new"), file);
      live.refresh();
      assertThat(queries.node("new")).isNotNull();
      assertThat(queries.node("old")).isNull();
    }
  }

  @Test
  void aReaderStartedBeforeAnyBuildPicksUpTheFirstOne() throws IOException {
    Path file = dir.resolve("graph.duckdb");
    try (LiveGraph live = LiveGraph.open(file, s -> { })) {
      assertThat(live.graph()).isNull();
      GraphStore.save(graphOf("first"), file);
      live.refresh();
      assertThat(live.graph().node("first")).isNotNull();
    }
  }
}

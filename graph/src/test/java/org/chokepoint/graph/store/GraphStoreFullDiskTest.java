package org.chokepoint.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk (a free-space stub at the store's boundary) never starts DuckDB and never costs the live graph. */
class GraphStoreFullDiskTest {
  @TempDir
  Path dir;

  private static Graph graph(int nodes) {
    Graph g = new Graph();
    for (int i = 0; i < nodes; i++) {
      g.add(new Node("country:" + i, NodeKind.COUNTRY, "Country " + i, "", Map.of()));
    }
    return g;
  }

  @Test
  void aBuildOnAFullDiskFailsCleanlyAndTheLastGoodGraphIsRead() throws Exception {
    Path file = dir.resolve("graph/graph.duckdb");
    GraphStore.save(graph(3), file);
    long liveSize = Files.size(file);
    Path building = file.resolveSibling("graph.duckdb.building");
    Files.writeString(building, "left by a crash");
    Files.write(file.resolveSibling("graph.duckdb.building.wal"), new byte[4096]);

    assertThatThrownBy(() -> GraphStore.save(graph(1000), file, new DiskSpace(d -> 1024 * 1024)))
        .isInstanceOf(DiskSpace.NoSpaceException.class)
        .hasMessageContaining("no space left on device: need ~").hasMessageContaining("have 1 MB")
        .hasMessageContaining(file.getParent().toString()).hasMessageContaining("evidence graph build");

    assertThat(building).doesNotExist();
    assertThat(file.resolveSibling("graph.duckdb.building.wal")).doesNotExist();
    assertThat(Files.size(file)).isEqualTo(liveSize);
    assertThat(GraphStore.load(file).nodes()).hasSize(3);
  }
}

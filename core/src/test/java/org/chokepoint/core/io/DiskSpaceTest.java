package org.chokepoint.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {
  @TempDir
  Path dir;

  @Test
  void aBuildThatWouldNotFitFailsWithHowMuchIsNeededAndFree() {
    DiskSpace full = new DiskSpace(d -> 1024 * 1024);
    long previous = 40L * 1024 * 1024;

    assertThatThrownBy(() -> full.require(dir, DiskSpace.estimate(previous, 0), "screening index build"))
        .isInstanceOf(DiskSpace.NoSpaceException.class)
        .hasMessageStartingWith("no space left on device: need ~76 MB in " + dir)
        .hasMessageContaining("have 1 MB").hasMessageContaining("screening index build");
  }

  @Test
  void estimatesFromThePreviousBuildOrTheFirstGuess() throws Exception {
    assertThat(DiskSpace.estimate(100, 10)).isEqualTo(150);
    assertThat(DiskSpace.estimate(0, 10)).isEqualTo(15);
    new DiskSpace(d -> 200 + DiskSpace.MARGIN_BYTES).require(dir, 150, "x");
    Files.writeString(dir.resolve("a"), "12345");
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/c"), "123");
    assertThat(DiskSpace.sizeOf(dir)).isEqualTo(8);
    assertThat(DiskSpace.sizeOf(dir.resolve("missing"))).isZero();
    assertThat(DiskSpace.system().toString()).isNotEmpty();
    DiskSpace.system().require(dir.resolve("not/yet/created"), 0, "probe");
  }

  @Test
  void leftoversOfUnfinishedBuildsAreRemovedAndLiveStoresKept() throws Exception {
    Path graph = Files.createDirectories(dir.resolve("graph"));
    Path index = Files.createDirectories(dir.resolve("index/screening"));
    Files.writeString(graph.resolve("graph.duckdb"), "live");
    Files.writeString(graph.resolve("graph.duckdb.building"), "half");
    Files.write(graph.resolve("graph.duckdb.building.wal"), new byte[10_000]);
    Files.createDirectories(index.resolve(".staging-build-1/lucene"));
    Files.writeString(index.resolve(".staging-build-1/lucene/_0.cfs"), "x");
    Files.createDirectories(index.resolve("build-0"));
    Files.writeString(index.resolve("CURRENT"), "build-0");
    Files.writeString(dir.resolve("trade.duckdb.wal"), "the live store's own log");
    Instant old = Instant.now().minusSeconds(3600);
    for (Path p : new Path[] {graph.resolve("graph.duckdb.building"), graph.resolve("graph.duckdb.building.wal"),
        index.resolve(".staging-build-1"), index.resolve(".staging-build-1/lucene"),
        index.resolve(".staging-build-1/lucene/_0.cfs")}) {
      Files.setLastModifiedTime(p, FileTime.from(old));
    }
    Path running = Files.createDirectories(index.resolve(".staging-build-2"));

    assertThat(Leftovers.remove(dir)).hasSize(3);

    assertThat(graph.resolve("graph.duckdb")).hasContent("live");
    assertThat(graph.resolve("graph.duckdb.building")).doesNotExist();
    assertThat(graph.resolve("graph.duckdb.building.wal")).doesNotExist();
    assertThat(index.resolve(".staging-build-1")).doesNotExist();
    assertThat(index.resolve("build-0")).exists();
    assertThat(dir.resolve("trade.duckdb.wal")).exists();
    assertThat(running).as("a build still being written by another process").exists();
  }
}

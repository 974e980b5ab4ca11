package org.chokepoint.lists.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.load.ListCatalog;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk (a free-space stub at the index's boundary) never costs the live index. */
class FullDiskTest {
  @TempDir
  Path dir;

  @Test
  void aRebuildOnAFullDiskIsNotStartedAndTheLiveIndexKeepsServing() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    SourceRegistry sources = SourceRegistry.builtIn();
    String liveBuild;
    try (ScreeningIndex first = IndexMaintainer.openOrBuild(data, sources, false, s -> { })) {
      liveBuild = Files.readString(ScreeningIndex.home(data).resolve("CURRENT"));
    }
    DiskSpace full = new DiskSpace(d -> 1024 * 1024);
    ListCatalog.Loaded loaded = ListCatalog.loadAll(data, sources);

    assertThatThrownBy(() -> ScreeningIndex.build(data, loaded.entities(), loaded.reports(), "x", full))
        .isInstanceOf(DiskSpace.NoSpaceException.class)
        .hasMessageContaining("no space left on device: need ~").hasMessageContaining("have 1 MB")
        .hasMessageContaining(ScreeningIndex.home(data).toString());

    List<String> log = new ArrayList<>();
    try (ScreeningIndex kept = IndexMaintainer.openOrBuild(data, sources, true, log::add, full)) {
      assertThat(log).anyMatch(l -> l.contains("no space left on device") && l.contains("previous index"));
      assertThat(new Screener(kept).screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd"))).isNotEmpty();
    }
    assertThat(ScreeningIndex.home(data).resolve("CURRENT")).hasContent(liveBuild);
    try (Stream<Path> s = Files.list(ScreeningIndex.home(data))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"))
          .filteredOn(n -> n.startsWith("build-")).containsExactly(liveBuild);
    }
  }
}

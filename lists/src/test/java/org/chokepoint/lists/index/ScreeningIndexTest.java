package org.chokepoint.lists.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningIndexTest {
  @TempDir
  Path dir;

  @Test
  void buildsOnceAndReopensWithoutRebuildingWhileTheListsAreUnchanged() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    List<String> log = new ArrayList<>();
    String first;
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, log::add)) {
      first = index.folder().getFileName().toString();
      assertThat(index.meta().entities()).isGreaterThan(10);
    }
    assertThat(log).containsExactly("building the screening index");
    log.clear();
    try (ScreeningIndex again = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, log::add)) {
      assertThat(again.folder().getFileName().toString()).isEqualTo(first);
    }
    assertThat(log).isEmpty();
  }

  @Test
  void aChangedListIsRebuiltBesideTheOldBuildAndSwappedIn() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { }).close();
    Files.writeString(dir.resolve("lists/jp_meti.json"), """
        [{"id": "jp-eul-1", "entity_name": "Farasepehr Engineering Company", "entity_type": "organization",
          "addresses": ["Islamic Republic of Iran"], "aliases": [], "list_id": "jp-end-user-list"}]""");
    List<String> log = new ArrayList<>();
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, log::add)) {
      assertThat(log).containsExactly("lists changed: rebuilding the screening index");
      assertThat(new Screener(index).screen(MatchQuery.of("Farasepehr Engineering"))).isNotEmpty();
    }
    try (var builds = Files.list(ScreeningIndex.home(data))) {
      assertThat(builds.filter(p -> p.getFileName().toString().startsWith("build-"))).hasSize(1);
    }
  }

  @Test
  void aFailedRebuildKeepsServingThePreviousIndex() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { }).close();
    for (String f : List.of("lists/ofac/sdn.csv", "lists/un/consolidated.xml", "lists/restricted_parties.json",
        "lists/cn_mofcom.json", "lists/opensanctions/cn_sanctions.csv", "lists/opensanctions/us_dod_1260h.csv",
        "lists/us/consolidated_screening_list.csv")) {
      Files.delete(dir.resolve(f));
    }
    Updater.deleteTree(dir.resolve("lists/eu"));
    Updater.deleteTree(dir.resolve("lists/uk"));
    List<String> log = new ArrayList<>();
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, log::add)) {
      assertThat(log).anyMatch(l -> l.startsWith("warning: rebuild failed") && l.contains("no list entities"));
      assertThat(new Screener(index).screen(MatchQuery.of("Wuhan Global Sensor Technology"))).isNotEmpty();
    }
  }

  @Test
  void noListsAndNoIndexIsAClearError() {
    DataDirectory empty = new DataDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> IndexMaintainer.openOrBuild(empty, SourceRegistry.builtIn(), false, s -> { }))
        .hasMessageContaining("run 'chokepoint update' first");
  }

  @Test
  void aPointerToAMissingBuildIsReported() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { }).close();
    Files.writeString(ScreeningIndex.home(data).resolve("CURRENT"), "build-0");
    assertThatThrownBy(() -> ScreeningIndex.openCurrent(data)).hasMessageContaining("missing build");
  }
}

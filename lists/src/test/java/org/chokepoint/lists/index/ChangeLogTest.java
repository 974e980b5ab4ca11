package org.chokepoint.lists.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {
  @TempDir
  Path dir;

  private static Entity entity(String id, String name, String country, long line) {
    return new Entity(id, Schema.COMPANY, List.of(new Name(name, NameKind.PRIMARY)), List.of(country), List.of(),
        List.of(), List.of(), List.of(new Listing("OFAC", "OFAC SDN", "", "", "", new SourceRef("sdn.csv", line, id))));
  }

  @Test
  void eachBuildRecordsWhatWasAddedRemovedAndChangedPerListWithNames() throws Exception {
    DataDirectory data = new DataDirectory(dir);
    List<Entity> first = List.of(entity("ofac-1", "Alpha Trading LLC", "ru", 1), entity("ofac-2", "Beta Ltd", "cn", 2),
        entity("ofac-3", "Gamma JSC", "by", 3));
    ScreeningIndex.Meta m1 = ScreeningIndex.build(data, first, List.of(), "f1");
    assertThat(m1.changes().initial()).isTrue();
    List<Entity> second = List.of(entity("ofac-1", "Alpha Trading LLC", "ru", 5), entity("ofac-2", "Beta Ltd", "hk", 6),
        entity("ofac-4", "Delta GmbH", "de", 7));
    ScreeningIndex.Meta m2 = ScreeningIndex.build(data, second, List.of(), "f2");
    ListChanges c = m2.changes();
    assertThat(c.initial()).isFalse();
    ListChanges.ListDelta sdn = c.lists().getFirst();
    assertThat(sdn.list()).isEqualTo("OFAC SDN");
    assertThat(sdn.added()).containsExactly(new ListChanges.Entry("ofac-4", "Delta GmbH"));
    assertThat(sdn.removed()).containsExactly(new ListChanges.Entry("ofac-3", "Gamma JSC"));
    assertThat(sdn.changed()).containsExactly(new ListChanges.Entry("ofac-2", "Beta Ltd"));
    assertThat(c.addedOrChangedIds()).containsExactlyInAnyOrder("ofac-4", "ofac-2");
    assertThat(ChangeLog.read(data)).hasSize(2);
    assertThat(ChangeLog.since(data, "2999-01-01")).isEmpty();
    assertThat(ChangeLog.since(data, "2000-01-01")).hasSize(2);
    try (ScreeningIndex index = ScreeningIndex.openCurrent(data)) {
      assertThat(index.changesSince(m2.builtAt())).extracting(ListChanges::at).containsExactly(m2.builtAt());
    }
  }

  @Test
  void aBadSinceDateIsRefusedWithTheValue() {
    assertThatThrownBy(() -> ChangeLog.parseSince("yesterday")).hasMessageContaining("'yesterday'");
  }
}

package org.chokepoint.lists.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListLoadersTest {
  @TempDir
  static Path dir;

  static ListCatalog.Loaded loaded;
  static Map<String, Entity> byId;

  @BeforeAll
  static void load() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    loaded = ListCatalog.loadAll(data, SourceRegistry.builtIn());
    byId = loaded.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  private static LoadReport report(String list) {
    return loaded.reports().stream().filter(r -> r.list().equals(list)).findFirst().orElseThrow();
  }

  @Test
  void ofacReadsWindows1252WithEndOfFileByteAndMinesRemarks() {
    Entity putin = byId.get("ofac-sdn-7001");
    assertThat(putin.schema()).isEqualTo(Schema.PERSON);
    assertThat(putin.birthDates()).containsExactly("1952-10-07");
    assertThat(putin.countries()).containsExactly("ru");
    assertThat(putin.listings()).extracting(l -> l.label())
        .containsExactly("OFAC SDN (RUSSIA-EO14024)", "OFAC SDN (UKRAINE-EO13660)");
    Entity camara = byId.get("ofac-sdn-7002");
    assertThat(camara.caption()).isEqualTo("CAMARÁ, Ibraima");
    assertThat(camara.names()).anyMatch(n -> n.value().equals("IBO") && n.kind() == NameKind.WEAK);
    Entity wuhan = byId.get("ofac-sdn-46633");
    assertThat(wuhan.identifiers()).anyMatch(i -> i.type().equals("USCC") && i.value().equals("914201000668186736"));
    assertThat(wuhan.names()).extracting(n -> n.value()).contains("GSTIR");
    assertThat(wuhan.addresses()).singleElement().asString().contains("Huanglongshan");
    assertThat(byId.get("ofac-sdn-7003").identifiers()).anyMatch(i -> i.type().equals("IMO"));
  }

  @Test
  void ofacAliasesWithoutAPrimaryRecordStillMakeAnEntity() {
    assertThat(byId.get("ofac-sdn-50425").caption()).contains("DALIAN MACHINE TOOL");
  }

  @Test
  void badRecordsAreSkippedWithTheirLineAndReason() {
    LoadReport ofac = report("OFAC SDN");
    assertThat(ofac.recordsRead()).isEqualTo(5);
    assertThat(ofac.skipped()).containsEntry("ent_num not a number", 1L);
    assertThat(ofac.problems()).anyMatch(p -> p.contains("line 4") && p.contains("ent_num"));
    LoadReport eu = report("EU 833/2014");
    assertThat(eu.skipped()).containsEntry("schema Asset is not a party", 1L)
        .containsEntry("field count differs from header", 1L);
  }

  @Test
  void euNamesTheAnnexAndDropsJunkAliases() {
    Entity wuhan = byId.get("eu-32014R0833-iv-732");
    assertThat(wuhan.listings().getFirst().label()).isEqualTo("EU 833/2014 Annex IV (EU-RUS)");
    assertThat(wuhan.names()).extracting(n -> n.value()).containsExactly("Wuhan Global Sensor Technology Co., Ltd",
        "武汉高芯科技有限公司");
    assertThat(wuhan.countries()).containsExactly("cn");
  }

  @Test
  void unAndUkCarryTheUnReferenceNumber() {
    assertThat(byId.get("un-1").identifiers()).anyMatch(i -> i.key().equals("CDI001"));
    assertThat(byId.get("un-1").names()).anyMatch(n -> n.kind() == NameKind.WEAK);
    assertThat(byId.get("uk-DRC0001").identifiers()).anyMatch(i -> i.key().equals("CDI001"));
    assertThat(byId.get("uk-RUS2137").listings().getFirst().label()).isEqualTo("UK Sanctions List (RUS)");
  }

  @Test
  void truncatedJsonKeepsTheRecordsBeforeTheBreak() {
    assertThat(byId.get("rpl-1").countries()).containsExactly("cn");
    assertThat(byId.get("rpl-2").countries()).containsExactlyInAnyOrder("cn", "hk");
    List<LoadReport> rpl = loaded.reports().stream().filter(r -> r.file().equals("restricted_parties.json")).toList();
    assertThat(rpl).anyMatch(r -> r.skipped().containsKey("JSON not well-formed"));
    assertThat(rpl).anyMatch(r -> r.skipped().containsKey("no name"));
  }

  @Test
  void consolidatedScreeningListNamesTheSourceList() {
    Entity spacety = byId.get("csl-e1");
    assertThat(spacety.listings().getFirst().list()).isEqualTo("Entity List (EL)");
    assertThat(spacety.listings().getFirst().authority()).isEqualTo("Bureau of Industry and Security");
    assertThat(spacety.names()).extracting(n -> n.value()).contains("Spacety", "Changsha Tianyi");
    assertThat(spacety.countries()).containsExactly("cn");
    assertThat(report("U.S. Consolidated Screening List").skipped()).containsEntry("delisted (end_date)", 1L);
  }

  @Test
  void delistedOpenSanctionsRowsAreSkipped() {
    assertThat(report("China counter-sanctions").skipped()).containsEntry("delisted (End date)", 1L);
  }

  @Test
  void aMissingListIsReportedAndTheOthersStillLoad() {
    assertThat(loaded.reports()).noneMatch(r -> r.skipped().containsKey("unreadable"));
    assertThat(loaded.entities()).hasSizeGreaterThan(10);
  }
}

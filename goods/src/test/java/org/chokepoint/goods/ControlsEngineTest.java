package org.chokepoint.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Rule;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.goods.controls.Shipment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlsEngineTest {
  @TempDir
  static Path dir;

  static ControlsEngine engine;

  @BeforeAll
  static void build() throws Exception {
    GoodsCatalog goods = SharedGoods.load(dir);
    // A fixed party register standing in for the screening engine, which the app module wires in.
    ControlsEngine.PartyLookup register = name -> name.equals("Blocked Trading LLC")
        ? new ControlsEngine.PartyHit("ofac-sdn-1", "BLOCKED TRADING LLC", 0.98, List.of("OFAC SDN", "EU 269/2014"))
        : null;
    engine = new ControlsEngine(Rules.standard(), goods, goods.newClassifier(),
        register);
  }

  private static Shipment ship(String origin, String dest, String hs, String description, String produced,
      String consignee, String date) {
    return new Shipment(origin, dest, hs, description, produced, "", consignee, date);
  }

  @Test
  void chplItemsToRussiaFromAnEuExporterAreProhibitedWithTheirCitation() {
    ControlsEngine.Check c = engine.check(ship("de", "ru", "854231", "", "", "", "2024-06-01"));
    assertThat(c.verdict()).isEqualTo(Rule.Verdict.PROHIBITED);
    assertThat(c.findings()).anyMatch(f -> f.rule().equals("eu-833-12g-chpl-ru-by")
        && f.citation().contains("833/2014") && f.jurisdiction().equals("EU") && f.scope().contains("DE"));
    assertThat(c.jurisdictions()).filteredOn(j -> j.jurisdiction().equals("EU"))
        .singleElement().satisfies(j -> assertThat(j.applies()).isTrue());
  }

  @Test
  void eachRuleBindsOnlyWithinItsJurisdiction() {
    ControlsEngine.Check chinaToRussia = engine.check(ship("cn", "ru", "854231", "", "", "", "2024-06-01"));
    assertThat(chinaToRussia.findings()).extracting(ControlsEngine.Finding::rule)
        .doesNotContain("eu-833-12g-chpl-ru-by", "us-ear-746-8-ru-by");
    assertThat(chinaToRussia.verdict()).isEqualTo(Rule.Verdict.CLEAR);
    assertThat(chinaToRussia.notes()).filteredOn(f -> f.rule().equals("eu-833-12g-chpl-ru-by")).singleElement()
        .satisfies(f -> assertThat(f.scope()).contains("not applied").contains("exporter CN")
            .contains("European Union"));
    assertThat(chinaToRussia.jurisdictions()).extracting(ControlsEngine.JurisdictionCall::jurisdiction,
        ControlsEngine.JurisdictionCall::applies).contains(org.assertj.core.groups.Tuple.tuple("EU", false),
        org.assertj.core.groups.Tuple.tuple("US", false), org.assertj.core.groups.Tuple.tuple("UK", false));

    ControlsEngine.Check usChipsReexported = engine.check(new Shipment("us", "ru", "854231", "", "", "", "", "2024-06-01",
        "ae"));
    assertThat(usChipsReexported.findings()).extracting(ControlsEngine.Finding::rule)
        .contains("us-ear-746-8-ru-by").doesNotContain("eu-833-12g-chpl-ru-by");
    assertThat(usChipsReexported.findings()).filteredOn(f -> f.rule().equals("us-ear-746-8-ru-by")).singleElement()
        .satisfies(f -> assertThat(f.scope()).contains("goods' origin US"));

    ControlsEngine.Check euExporterOfChineseChips = engine.check(new Shipment("cn", "ru", "854231", "", "", "", "",
        "2024-06-01", "fr"));
    assertThat(euExporterOfChineseChips.findings()).extracting(ControlsEngine.Finding::rule)
        .contains("eu-833-12g-chpl-ru-by").doesNotContain("us-ear-746-8-ru-by");

    ControlsEngine.Check unknownExporter = engine.check(ship("", "ru", "854231", "", "", "", "2024-06-01"));
    assertThat(unknownExporter.findings()).filteredOn(f -> f.rule().equals("eu-833-12g-chpl-ru-by")).singleElement()
        .satisfies(f -> assertThat(f.scope()).contains("not given"));
  }

  @Test
  void russianMetalProducedBeforeTheCutOffIsExempt() {
    assertThat(engine.check(ship("ru", "us", "760110", "", "2024-04-12", "", "2024-06-01")).verdict())
        .isEqualTo(Rule.Verdict.CLEAR);
    assertThat(engine.check(ship("ru", "us", "760110", "", "2024-04-13", "", "2024-06-01")).verdict())
        .isEqualTo(Rule.Verdict.PROHIBITED);
    ControlsEngine.Check unknown = engine.check(ship("ru", "gb", "7403.11", "", "", "", "2024-06-01"));
    assertThat(unknown.findings()).singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("production date unknown"));
    assertThat(engine.check(ship("ru", "us", "760110", "", "2024-05-01", "", "2024-03-01")).verdict())
        .as("before the rule took effect").isEqualTo(Rule.Verdict.CLEAR);
  }

  @Test
  void descriptionsAreClassifiedAndPartiesScreened() {
    ControlsEngine.Check c = engine.check(ship("de", "kz", "", "CNC vertical machining center", "",
        "Blocked Trading LLC", "2024-06-01"));
    assertThat(c.hs()).isEqualTo("8457.10");
    assertThat(c.hsNote()).contains("classified from the description");
    assertThat(c.findings()).extracting(ControlsEngine.Finding::rule)
        .contains("chpl-diversion-risk", "eu-269-party");
    assertThat(c.notes()).extracting(ControlsEngine.Finding::rule).contains("ofac-sdn-party");
    assertThat(engine.check(ship("us", "kz", "", "CNC vertical machining center", "", "Blocked Trading LLC",
        "2024-06-01")).findings()).extracting(ControlsEngine.Finding::rule).contains("ofac-sdn-party");
    assertThat(c.verdict()).isEqualTo(Rule.Verdict.PROHIBITED);
  }

  @Test
  void unknownCodesAndServicesAreReported() {
    assertThatThrownBy(() -> engine.check(ship("cn", "ru", "854140", "", "", "", ""))).hasMessageContaining("8541.40");
    assertThat(engine.check(ship("cn", "ru", "", "satellite imagery", "", "", "")).hsNote()).contains("not goods");
    assertThatThrownBy(() -> ship("cn", "ru", "", "", "", "", "")).hasMessageContaining("hs code or a description");
  }

  @Test
  void badRuleFilesNameTheRuleAndField() throws Exception {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, """
        {"rules": [
          {"id": "a", "verdict": "forbidden", "citation": "x", "when": {"destination": ["RU"]}},
          {"id": "b", "verdict": "prohibited", "when": {}},
          {"verdict": "prohibited"},
          {"id": "c", "verdict": "high_risk", "citation": "y", "effective_from": "soon", "when": {"goods": "8542"}}
        ]}""", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Rules.read(file))
        .hasMessageContaining("rule 'a': field 'verdict'")
        .hasMessageContaining("rule 'a': country 'RU'")
        .hasMessageContaining("rule 'b': field 'citation' is required")
        .hasMessageContaining("rule 'b': field 'when'")
        .hasMessageContaining("rules[2]: field 'id' is required")
        .hasMessageContaining("rule 'c': field 'effective_from' must be an ISO date")
        .hasMessageContaining("rule 'c': field 'when.goods' must be a list");
    Files.writeString(file, """
        {"jurisdictions": {"EU": {"title": "European Union", "countries": ["DE"]}},
         "rules": [
          {"id": "d", "verdict": "prohibited", "citation": "x", "jurisdiction": "EU", "reach": ["seller"],
           "when": {"destination": ["ru"]}},
          {"id": "e", "verdict": "prohibited", "citation": "x", "jurisdiction": "Atlantis", "reach": ["exporter"],
           "when": {"destination": ["ru"]}},
          {"id": "f", "verdict": "prohibited", "citation": "x", "jurisdiction": "EU", "when": {"destination": ["ru"]}}
        ]}""", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Rules.read(file))
        .hasMessageContaining("jurisdiction 'EU': country 'DE'")
        .hasMessageContaining("rule 'd': field 'reach' must list exporter, origin or destination, got 'seller'")
        .hasMessageContaining("rule 'e': field 'jurisdiction' names 'Atlantis'")
        .hasMessageContaining("rule 'f': field 'reach' must say");
  }
}

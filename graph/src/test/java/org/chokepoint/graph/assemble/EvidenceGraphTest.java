package org.chokepoint.graph.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.graph.export.GraphExport;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.load.TradeCountries;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph built from the real lists, the seed story and the releases, and two real trade files. */
class EvidenceGraphTest {
  @TempDir
  static Path dir;
  static Graph graph;
  static GraphQueries queries;
  static String hikvision;
  static String wuhanGlobal;

  @BeforeAll
  static void build() throws Exception {
    DataDirectory data = Fixtures.realData(dir.resolve("data"));
    GoodsCatalog catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
    GraphBuilder builder = new GraphBuilder(catalog);
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { })) {
      Screener screener = new Screener(index);
      builder.addParties(index.parties());
      Path shared = Fixtures.shared().getParent();
      builder.addReports(new ReportPipeline(catalog, new ScreeningLinker(screener)).run(ReportPipeline.expand(
          List.of(shared.resolve("seeds"), shared.resolve("docs"))), 2));
    }
    try (TradeStore store = TradeStore.open(dir.resolve("trade.duckdb"))) {
      for (String f : List.of("imf_imts_russia_by_partner_annual_2016_2024.csv",
          "eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv",
          "armenia_trade_by_country_monthly_2017_2024.csv")) {
        store.importFile(Fixtures.shared().resolve("trade").resolve(f), null, new TradeParser(catalog.correlation()));
      }
      builder.addConduits(new TradeQueries(store.connection()), TradeCountries.EU27_MEMBERS, "EU", "RU",
          List.of("chpl"), 202203, 10);
    }
    Path file = dir.resolve("graph.duckdb");
    GraphStore.save(builder.graph(), file);
    graph = GraphStore.load(file);
    queries = new GraphQueries(graph);
    hikvision = queries.search("hikvision", 5).stream().filter(n -> n.props().get("lists").contains("BIS"))
        .findFirst().orElseThrow().id();
    wuhanGlobal = queries.search("wuhan global sensor", 5).getFirst().id();
  }

  @Test
  void aListedCompanyCarriesItsListingsMentionsAndSupplyClaims() {
    var neighbours = queries.neighbours(wuhanGlobal, Set.of(), 100);
    assertThat(neighbours).filteredOn(n -> n.edge().kind() == EdgeKind.LISTED_BY)
        .anyMatch(n -> n.node().label().startsWith("OFAC SDN"));
    assertThat(neighbours).filteredOn(n -> n.edge().kind() == EdgeKind.MENTIONED_IN)
        .anyMatch(n -> n.node().id().equals("doc:004_e118af1af0837c4e.txt"));
    assertThat(neighbours).filteredOn(n -> n.edge().kind() == EdgeKind.SUPPLIES).singleElement()
        .satisfies(n -> {
          assertThat(n.node().id()).isEqualTo("goods:optics");
          assertThat(n.edge().props()).containsEntry("recipient", "country:RU");
          assertThat(n.edge().evidence()).contains("Wuhan Global Sensor Technology");
        });
  }

  @Test
  void findsHowHikvisionIsLinkedToTankProduction() {
    List<List<Edge>> paths = queries.paths(hikvision, "use:tanks", 4, 5);
    assertThat(paths).isNotEmpty();
    assertThat(paths.getFirst()).hasSize(2);
    assertThat(paths.getFirst()).extracting(Edge::kind).containsExactly(EdgeKind.SUPPLIES, EdgeKind.USED_IN);
  }

  @Test
  void ranksSuppliersWithSourcesAndListStatus() {
    var suppliers = queries.suppliers("goods:machine-tools");
    assertThat(suppliers.getFirst().supplier().id()).isEqualTo("country:CN");
    assertThat(suppliers.getFirst().independentSources()).isGreaterThanOrEqualTo(3);
    assertThat(queries.suppliers("goods:optics")).anyMatch(s -> s.supplier().id().equals(hikvision)
        && s.lists().contains("BIS Entity List"));
  }

  @Test
  void findsTheEdgesAClaimStandsBehindAndNodesByKind() {
    var supply = queries.neighbours("goods:machine-tools", Set.of(EdgeKind.SUPPLIES), 50).stream()
        .filter(n -> n.node().id().equals("country:CN")).findFirst().orElseThrow().edge();
    assertThat(queries.edgesFrom(supply.source())).contains(supply)
        .allMatch(e -> e.source().equals(supply.source()));
    assertThat(queries.nodes(NodeKind.CLAIM)).isNotEmpty().allMatch(n -> n.kind() == NodeKind.CLAIM)
        .anyMatch(n -> n.id().equals(supply.source()));
  }

  @Test
  void recordsTradeRoutesAndWhatIsNew() {
    assertThat(graph.edgesOf("country:KG")).anyMatch(e -> e.kind() == EdgeKind.SHIPS_VIA
        && e.src().equals("country:EU") && e.props().get("goods").equals("goods:chpl"));
    assertThat(queries.since("2024-04-01", Integer.MAX_VALUE)).anyMatch(e -> e.source().startsWith("003_")
        || e.dst().equals("doc:003_3c257e5c45bf6b1d.txt"));
    assertThatThrownBy(() -> queries.neighbours("nowhere", Set.of(), 5)).hasMessageContaining("no node 'nowhere'");
  }

  @Test
  void exportsFtmCsvAndGraphml() throws Exception {
    StringWriter ftm = new StringWriter();
    GraphExport.ftm(graph, ftm);
    String[] lines = ftm.toString().split("\n");
    assertThat(lines).hasSize(graph.nodes().size() + graph.edges().size());
    var mapper = new ObjectMapper();
    assertThat(mapper.readTree(lines[0]).has("schema")).isTrue();
    assertThat(mapper.readTree(lines[lines.length - 1]).get("schema").asText()).isEqualTo("UnknownLink");
    StringWriter nodes = new StringWriter();
    StringWriter edges = new StringWriter();
    GraphExport.csv(graph, nodes, edges);
    assertThat(nodes.toString()).startsWith("id,kind,label,country\n");
    Path graphml = dir.resolve("g.graphml");
    try (var w = Files.newBufferedWriter(graphml)) {
      GraphExport.graphml(graph, w);
    }
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(graph.nodes().size());
    assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(graph.edges().size());
  }
}

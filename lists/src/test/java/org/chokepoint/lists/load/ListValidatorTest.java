package org.chokepoint.lists.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Damaged copies of the real lists must never replace the good ones. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListValidatorTest {
  static final String HTML_503 = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>"
      + "<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p>"
      + "</body></html>";

  @TempDir
  static Path dir;

  private final SourceRegistry sources = SourceRegistry.builtIn();
  private DataDirectory data;
  private Map<String, Long> goodCounts;

  @BeforeAll
  void fillFromTheRealMirror() throws Exception {
    data = new DataDirectory(dir.resolve("data"));
    List<Updater.Outcome> outcomes = new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(Fixtures.shared());
    assertThat(outcomes).filteredOn(Updater::failed).isEmpty();
    goodCounts = entityCounts();
  }

  /** Entities per list of the lists these tests damage (loading only those keeps the tests quick). */
  private Map<String, Long> entityCounts() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ListLoader loader : List.of(OfacLoader.sdn(), new UnLoader(), new EuLoader())) {
      for (LoadReport r : loader.load(data, sources, e -> { })) {
        counts.merge(r.list().startsWith("EU ") ? "EU" : r.list(), r.entities(), Long::sum);
      }
    }
    return counts;
  }

  private boolean listedOnOfacSdn(String name) throws Exception {
    boolean[] found = {false};
    OfacLoader.sdn().load(data, sources, e -> found[0] |= e.names().stream()
        .anyMatch(n -> n.value().toUpperCase(java.util.Locale.ROOT).contains(name)));
    return found[0];
  }

  /** A mirror like the real one where the files named in {@code damaged} are newer, damaged copies. */
  private Path mirrorWith(Map<String, byte[]> damaged) throws Exception {
    Path mirror = Files.createTempDirectory(dir, "mirror-");
    Files.createDirectories(mirror.resolve("lists"));
    copyTree(Fixtures.shared().resolve("goods"), mirror.resolve("goods"));
    copyTree(Fixtures.shared().resolve("lists"), mirror.resolve("lists"));
    for (var e : damaged.entrySet()) {
      Files.write(mirror.resolve("lists").resolve(e.getKey()), e.getValue());
    }
    return mirror;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Path realFile(String glob) throws Exception {
    try (Stream<Path> s = Files.list(Fixtures.shared().resolve("lists"))) {
      var matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return s.filter(p -> matcher.matches(p.getFileName())).max(java.util.Comparator.naturalOrder()).orElseThrow();
    }
  }

  private Map<String, byte[]> snapshot() throws Exception {
    return Map.of("sdn", Files.readAllBytes(data.resolve(sources.get("ofac-sdn"))),
        "un", Files.readAllBytes(data.resolve(sources.get("un-consolidated"))));
  }

  @Test
  void theSdnCutInHalfAndRandomBytesInTheUnXmlAreRefusedAndTheOldCopiesKept() throws Exception {
    byte[] sdn = Files.readAllBytes(realFile("ofac_sdn_[0-9]*.csv"));
    byte[] un = Files.readAllBytes(realFile("un_consolidated_*.xml"));
    byte[] noise = new byte[4096];
    new Random(16).nextBytes(noise);
    System.arraycopy(noise, 0, un, un.length / 3, noise.length);
    Map<String, byte[]> before = snapshot();

    List<Updater.Outcome> outcomes = new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(mirrorWith(Map.of(
            "ofac_sdn_2099-01-01.csv", java.util.Arrays.copyOf(sdn, sdn.length / 2),
            "un_consolidated_2099-01-01.xml", un)));

    Updater.Outcome sdnOutcome = outcome(outcomes, "ofac-sdn");
    Updater.Outcome unOutcome = outcome(outcomes, "un-consolidated");
    assertThat(sdnOutcome.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(sdnOutcome.message()).contains("ofac_sdn_2099-01-01.csv").contains("lists/ofac/sdn.csv")
        .contains("kept the old copy");
    assertThat(unOutcome.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(unOutcome.message()).contains("un_consolidated_2099-01-01.xml").contains("does not read to its end")
        .contains("XML not well-formed");
    assertThat(outcomes).filteredOn(o -> !o.source().id().equals("ofac-sdn")
        && !o.source().id().equals("un-consolidated")).extracting(Updater.Outcome::status)
        .doesNotContain(Updater.Status.REFUSED, Updater.Status.FAILED, Updater.Status.UPDATED);
    assertKeptWithTheirCounts(before);
  }

  @Test
  void theSdnHalfCutOnALineBoundaryIsRefusedForItsCountAndAcceptedOnlyWithAcceptShrink() throws Exception {
    String sdn = new String(Files.readAllBytes(realFile("ofac_sdn_[0-9]*.csv")), StandardCharsets.ISO_8859_1);
    int cut = sdn.indexOf("\r\n", sdn.length() / 2) + 2;
    byte[] half = (sdn.substring(0, cut) + "\u001A").getBytes(StandardCharsets.ISO_8859_1);
    Map<String, byte[]> before = snapshot();
    Path mirror = mirrorWith(Map.of("ofac_sdn_2099-01-01.csv", half));

    Updater.Outcome refused = outcome(new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(mirror), "ofac-sdn");

    assertThat(refused.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(refused.message()).contains("OFAC SDN entities where the current copy has " + goodCounts.get("OFAC SDN"))
        .contains("--accept-shrink");
    assertKeptWithTheirCounts(before);

    Path goodSdn = data.resolve(sources.get("ofac-sdn"));
    Path saved = dir.resolve("sdn-good.csv");
    Files.copy(goodSdn, saved);
    try {
      Updater.Outcome accepted = outcome(new Updater(data, sources, Updater.defaultClient(),
          new ListValidator(sources, true)).fromMirror(mirror), "ofac-sdn");
      assertThat(accepted.status()).isEqualTo(Updater.Status.UPDATED);
      assertThat(entityCounts().get("OFAC SDN")).isLessThan(goodCounts.get("OFAC SDN") * 95 / 100);
    } finally {
      Files.copy(saved, goodSdn, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void anHtml503PageInPlaceOfTheSdnIsRefusedAndWuhanGlobalSensorKeepsItsOfacListing() throws Exception {
    assertThat(HTML_503.getBytes(StandardCharsets.UTF_8)).hasSize(185);
    Map<String, byte[]> before = snapshot();

    Updater.Outcome refused = outcome(new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(mirrorWith(Map.of("ofac_sdn_2099-01-01.csv",
            HTML_503.getBytes(StandardCharsets.UTF_8)))), "ofac-sdn");

    assertThat(refused.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(refused.message()).contains("HTML page").contains("not a list");
    assertKeptWithTheirCounts(before);
    assertThat(listedOnOfacSdn("WUHAN GLOBAL SENSOR TECHNOLOGY")).isTrue();
  }

  @Test
  void oneEuActCutInHalfIsRefusedEvenThoughTheWholeEuListShrinksLittle() throws Exception {
    String act = Files.readString(Fixtures.shared().resolve("lists/eu_journal_sanctions/32012R0036.csv"));
    int cut = act.indexOf('\n', act.length() / 2) + 1;
    byte[] before = Files.readAllBytes(data.root().resolve("lists/eu/32012R0036.csv"));

    Updater.Outcome eu = outcome(new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(mirrorWith(Map.of("eu_journal_sanctions/32012R0036.csv",
            act.substring(0, cut).getBytes(StandardCharsets.UTF_8)))), "eu-journal");

    assertThat(eu.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(eu.message()).contains("entities of").contains("32012R0036.csv").contains("--accept-shrink");
    assertThat(Files.readAllBytes(data.root().resolve("lists/eu/32012R0036.csv"))).isEqualTo(before);
    assertThat(entityCounts()).isEqualTo(goodCounts);
  }

  @Test
  void aCorruptGoodsTableIsRefusedToo() throws Exception {
    Path mirror = Files.createTempDirectory(dir, "goods-mirror-");
    Files.createDirectories(mirror.resolve("goods"));
    Path nomenclature = Fixtures.shared().resolve("goods/hs2022_nomenclature.csv");
    String text = Files.readString(nomenclature);
    Files.writeString(mirror.resolve("goods/hs2022_nomenclature.csv"),
        text.substring(0, text.indexOf('\n', text.length() / 3) + 1));
    byte[] good = Files.readAllBytes(data.resolve(sources.get("hs2022-nomenclature")));

    Updater.Outcome o = outcome(new Updater(data, sources, Updater.defaultClient(),
        new ListValidator(sources, false)).fromMirror(mirror), "hs2022-nomenclature");

    assertThat(o.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(o.message()).contains("rows where the current copy has");
    assertThat(Files.readAllBytes(data.resolve(sources.get("hs2022-nomenclature")))).isEqualTo(good);
  }

  private void assertKeptWithTheirCounts(Map<String, byte[]> before) throws Exception {
    assertThat(snapshot().get("sdn")).isEqualTo(before.get("sdn"));
    assertThat(snapshot().get("un")).isEqualTo(before.get("un"));
    assertThat(entityCounts()).isEqualTo(goodCounts);
    try (Stream<Path> s = Files.walk(data.root())) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".incoming") || n.startsWith(".validate"));
    }
  }

  private static Updater.Outcome outcome(List<Updater.Outcome> outcomes, String id) {
    return outcomes.stream().filter(o -> o.source().id().equals(id)).findFirst().orElseThrow();
  }
}

package org.chokepoint.reports.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.reports.read.DocumentReader;
import org.chokepoint.reports.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanerTest {
  @TempDir
  Path dir;

  @Test
  void keepsTheBodyAndRemovesTheJunkOfTheRealSeedsAndReleases() throws Exception {
    Path shared = Fixtures.shared().getParent();
    CleaningEvaluation.Result r = CleaningEvaluation.run(Path.of("src/test/resources/cleaning_labels.tsv"),
        List.of(shared.resolve("seeds"), shared.resolve("docs")));
    System.out.printf(java.util.Locale.ROOT, "cleaning: body precision %.3f recall %.3f F1 %.3f; junk lines removed %d/%d%n",
        r.precision(), r.recall(), r.f1(), r.junkRemoved(), r.junkLines());
    assertThat(r.junkLines()).isGreaterThanOrEqualTo(30);
    assertThat(r.f1()).as(String.join("\n", r.errors())).isGreaterThanOrEqualTo(0.95);
    assertThat(r.junkRemoved()).as(String.join("\n", r.errors())).isEqualTo(r.junkLines());
  }

  @Test
  void readsHtmlWithoutItsNavigationScriptsAndSharePrompts() throws Exception {
    String html = """
        <!doctype html><html><head><title>Site | Headline</title>
        <meta property="og:title" content="Chips flow through Hong Kong">
        <meta property="article:published_time" content="2024-04-12T08:00:00Z">
        <link rel="canonical" href="https://example.org/a/1"><script>var x = 1;</script></head>
        <body><nav><a>Home</a><a>World</a></nav><div class="social-share">Share on Facebook</div>
        <article><h1>Chips flow through Hong Kong</h1>
        <p>Exports of integrated circuits from Hong Kong to Russia rose sharply in 2023, customs data show.</p>
        <figure><img src="x.jpg"><figcaption>Photo: Reuters</figcaption></figure>
        <p>Traders said the chips were re-exported through small firms registered in the city.</p>
        <p>Subscribe to our newsletter</p></article><footer>© 2024 Example</footer></body></html>""";
    SourceDocument d = DocumentReader.parse("a.html", html.getBytes(StandardCharsets.UTF_8));
    CleanText c = Cleaner.clean(d);
    assertThat(d.title()).isEqualTo("Chips flow through Hong Kong");
    assertThat(d.url()).isEqualTo("https://example.org/a/1");
    assertThat(c.published()).isEqualTo("2024-04-12");
    assertThat(c.paragraphs()).containsExactly(
        "Exports of integrated circuits from Hong Kong to Russia rose sharply in 2023, customs data show.",
        "Traders said the chips were re-exported through small firms registered in the city.");
  }

  @Test
  void joinsHardWrappedLinesAndTakesTheDatelineAsPublicationDate() throws Exception {
    String text = "TITLE: Wrapped\n\n12 March 2024\n\nThe ministry said exports of machine tools to the region\n"
        + "rose by a third in the final quarter of 2023, according to\ncustoms figures released on Monday.\n";
    CleanText c = Cleaner.clean(DocumentReader.parse("w.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.published()).isEqualTo("2024-03-12");
    assertThat(c.paragraphs()).containsExactly("The ministry said exports of machine tools to the region rose by a "
        + "third in the final quarter of 2023, according to customs figures released on Monday.");
  }

  @Test
  void readsMixedEncodingsAndRepairsMojibake() throws Exception {
    byte[] utf8 = "Türkiye and Kyrgyzstan re-exported goods worth millions last year to Russia.\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] latin = "Exports from Düsseldorf fell sharply after the sanctions were imposed on Moscow.\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] mojibake = "China’s exports rose again according to the customs office in Beijing.\n"
        .getBytes(StandardCharsets.UTF_8);
    String doubled = new String(mojibake, java.nio.charset.Charset.forName("windows-1252"));
    byte[] all = concat(utf8, latin, doubled.getBytes(StandardCharsets.UTF_8));
    SourceDocument d = DocumentReader.parse("mixed.txt", all);
    String text = String.join("\n", d.lines());
    assertThat(text).contains("Türkiye").contains("Düsseldorf").contains("China’s");
    assertThat(d.warnings()).anyMatch(w -> w.contains("Windows-1252")).anyMatch(w -> w.contains("repaired"));
  }

  @Test
  void refusesEmptyBinaryPdfAndHugeFilesByName() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThatThrownBy(() -> DocumentReader.read(empty)).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    Path binary = Files.write(dir.resolve("x.bin"), new byte[] {1, 2, 0, 4, 5, (byte) 0xff});
    assertThatThrownBy(() -> DocumentReader.read(binary)).hasMessageContaining("x.bin: binary");
    Path pdf = Files.write(dir.resolve("r.pdf"), "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> DocumentReader.read(pdf)).hasMessageContaining("PDF");
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    assertThatThrownBy(() -> DocumentReader.read(huge)).hasMessageContaining("huge.txt").hasMessageContaining("50.0 MB");
  }

  @Test
  void tellsLanguages() {
    assertThat(Languages.detect("China has supplied machine tools and microelectronics to Russia, officials said."))
        .isEqualTo("en");
    assertThat(Languages.detect("Китай поставляет в Россию станки и микроэлектронику, заявили официальные лица."))
        .isEqualTo("ru");
    assertThat(Languages.detect("中国向俄罗斯提供机床和微电子产品，官员们表示这一情况令人担忧。")).isEqualTo("zh");
    assertThat(Languages.detect("Die Exporte von Werkzeugmaschinen nach Russland sind nicht gesunken, sagt die Behörde."))
        .isEqualTo("de");
    assertThat(Languages.detect("ok")).isEqualTo("und");
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}

package org.chokepoint.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDecodingReaderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static String readAll(byte[] bytes) throws IOException {
    StringWriter out = new StringWriter();
    try (Reader r = new LineDecodingReader(new ByteArrayInputStream(bytes))) {
      r.transferTo(out);
    }
    return out.toString();
  }

  @Test
  void decodesEachLineInItsOwnEncoding() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("name\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("Société Générale\r\n".getBytes(CP1252));
    bytes.writeBytes("Ростех\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("Müller “quoted”".getBytes(CP1252));

    assertThat(readAll(bytes.toByteArray())).isEqualTo("name\nSociété Générale\r\nРостех\nMüller “quoted”");
  }

  @Test
  void seededRandomMixturesReadBackAsWritten() throws IOException {
    List<String> latin = List.of("Société", "Zürich", "São Paulo", "Łódź", "naïve", "–", "€ 5", "plain", "", "Ærø");
    List<String> anyScript = List.of("Ростех", "华为技术有限公司", "Θεσσαλονίκη", "ok");
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      StringBuilder expected = new StringBuilder();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int lines = 1 + random.nextInt(30);
      for (int i = 0; i < lines; i++) {
        boolean legacy = random.nextBoolean();
        List<String> words = legacy ? latin : random.nextBoolean() ? latin : anyScript;
        String text = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()))
            + (random.nextInt(4) == 0 ? "\r\n" : "\n");
        if (legacy && !CP1252.newEncoder().canEncode(text)) {
          legacy = false;
        }
        expected.append(text);
        bytes.writeBytes(text.getBytes(legacy ? CP1252 : StandardCharsets.UTF_8));
      }
      assertThat(readAll(bytes.toByteArray())).as("seed %d", seed).isEqualTo(expected.toString());
    }
  }
}

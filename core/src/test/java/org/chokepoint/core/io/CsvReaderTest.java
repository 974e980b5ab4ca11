package org.chokepoint.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<CsvReader.Row> readAll(String text) throws IOException {
    List<CsvReader.Row> rows = new ArrayList<>();
    try (CsvReader csv = new CsvReader(new StringReader(text))) {
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        rows.add(r);
      }
    }
    return rows;
  }

  @Test
  void readsQuotedFieldsOverSeveralLinesAndKeepsLineNumbers() throws IOException {
    List<CsvReader.Row> rows = readAll("a,b\n\"x\ny\",\"he said \"\"hi\"\"\"\nlast,row\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).fields()).containsExactly("x\ny", "he said \"hi\"");
    assertThat(rows.get(2).line()).isEqualTo(4);
  }

  @Test
  void ignoresByteOrderMarkDosEndOfFileAndBlankLines() throws IOException {
    List<CsvReader.Row> rows = readAll("\uFEFF36,\"AEROCARIBBEAN\",-0- \r\n\r\n173,\"ANGLO\",-0- \r\n\u001A");
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("AEROCARIBBEAN", "ANGLO");
    assertThat(rows.get(0).get(0)).isEqualTo("36");
  }

  @Test
  void unterminatedQuoteNamesTheLine() {
    assertThatThrownBy(() -> readAll("a,b\n1,\"never closed\n2,3\n"))
        .isInstanceOf(CsvReader.MalformedCsvException.class).hasMessageContaining("line 2");
  }

  @Test
  void missingFieldsReadAsEmpty() throws IOException {
    assertThat(readAll("a,b,c\n1\n").get(1).get(2)).isEmpty();
  }

  @Test
  void randomFieldsSurviveQuotingRoundTrip() throws IOException {
    long seed = 7L;
    Random random = new Random(seed);
    String alphabet = "ab,\"\n\r x1Ö";
    for (int round = 0; round < 300; round++) {
      List<List<String>> expected = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int rows = 1 + random.nextInt(5);
      for (int r = 0; r < rows; r++) {
        List<String> fields = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int f = 0; f < n; f++) {
          StringBuilder v = new StringBuilder("v");
          for (int k = random.nextInt(6); k > 0; k--) {
            v.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          fields.add(v.toString());
          text.append(f == 0 ? "" : ",").append('"').append(v.toString().replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
        expected.add(fields);
      }
      assertThat(readAll(text.toString())).as("seed %d round %d", seed, round).extracting(CsvReader.Row::fields)
          .isEqualTo(expected);
    }
  }
}

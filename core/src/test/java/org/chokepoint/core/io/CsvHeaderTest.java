package org.chokepoint.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvHeaderTest {
  @TempDir
  Path dir;

  @Test
  void readsColumnsByNameIgnoringByteOrderMarkAndSpaces() throws Exception {
    Path f = dir.resolve("a.csv");
    Files.writeString(f, "\uFEFF name , country\nHikvision , cn\n,\nSpacety,cn\n");
    assertThat(CsvHeader.column(f, "name", false)).containsExactly("Hikvision", "Spacety");
    assertThat(CsvHeader.column(f, "country", true)).containsExactly("cn", "", "cn");
  }

  @Test
  void aMissingRequiredColumnNamesTheFileAndHeader() throws Exception {
    Path f = dir.resolve("b.csv");
    Files.writeString(f, "a,b\n1,2\n");
    assertThatThrownBy(() -> CsvHeader.column(f, "name", false)).hasMessageContaining("b.csv")
        .hasMessageContaining("required column 'name' missing from the header [a, b]");
    Path empty = dir.resolve("c.csv");
    Files.writeString(empty, "");
    assertThatThrownBy(() -> CsvHeader.column(empty, "name", false)).hasMessageContaining("empty file");
  }

  @Test
  void unknownColumnsReadAsEmpty() throws Exception {
    try (CsvReader csv = new CsvReader(new java.io.StringReader("x\n1\n"))) {
      CsvHeader h = CsvHeader.read(csv, Path.of("mem.csv"), List.of("x"));
      CsvReader.Row r = csv.next();
      assertThat(h.get(r, "x")).isEqualTo("1");
      assertThat(h.get(r, "y")).isEmpty();
      assertThat(h.get(r, null)).isEmpty();
    }
  }
}

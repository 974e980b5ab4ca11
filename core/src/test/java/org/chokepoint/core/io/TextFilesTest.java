package org.chokepoint.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir
  Path dir;

  @Test
  void readsUtf8AsUtf8() throws Exception {
    Path f = dir.resolve("u.csv");
    Files.writeString(f, "Crédit Agricole", StandardCharsets.UTF_8);
    assertThat(TextFiles.read(f)).isEqualTo("Crédit Agricole");
  }

  @Test
  void fallsBackToWindows1252ForLatin1Files() throws Exception {
    Path f = dir.resolve("l.csv");
    Files.write(f, "CAMAR\u00c1".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(TextFiles.read(f)).isEqualTo("CAMAR\u00c1");
  }
}

package org.chokepoint.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files whose encoding is not guaranteed: UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
public final class TextFiles {
  private TextFiles() {}

  /** Decodes the whole file, choosing UTF-8 or, when it does not decode, Windows-1252 (a superset of Latin-1). */
  public static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  /** A reader over the decoded file. */
  public static Reader reader(Path file) throws IOException {
    return new StringReader(read(file));
  }
}

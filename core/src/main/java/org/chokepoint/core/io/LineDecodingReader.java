package org.chokepoint.core.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams text whose encoding may change from line to line (files pasted together from several systems): each line
 * is decoded as UTF-8 when its bytes are valid UTF-8 and as Windows-1252 otherwise, so one "Société" typed in an
 * old spreadsheet neither stops the read nor garbles the other lines. Line ends are kept as they are.
 */
public final class LineDecodingReader extends Reader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private String pending = "";
  private int at;
  private long fallbackLines;
  private boolean eof;

  public LineDecodingReader(InputStream in) {
    this.in = new BufferedInputStream(in, 1 << 16);
  }

  /** How many lines so far were not UTF-8 and were read as Windows-1252. */
  public long fallbackLines() {
    return fallbackLines;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (at >= pending.length()) {
      if (eof || !nextLine()) {
        return -1;
      }
    }
    int n = Math.min(length, pending.length() - at);
    pending.getChars(at, at + n, buffer, offset);
    at += n;
    return n;
  }

  private boolean nextLine() throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    if (b < 0) {
      eof = true;
    }
    if (line.size() == 0) {
      return false;
    }
    byte[] bytes = line.toByteArray();
    try {
      pending = utf8.reset().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      pending = new String(bytes, WINDOWS_1252);
      fallbackLines++;
    }
    at = 0;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package org.chokepoint.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that tolerates what real files do: quoted fields over several lines, a byte-order
 * mark, a DOS end-of-file byte (0x1A), CRLF or LF, and stray quotes inside unquoted fields. Each record carries
 * the line it starts on, so errors can name it.
 */
public final class CsvReader implements AutoCloseable {
  /** One record and the 1-based line it starts on. */
  public record Row(long line, List<String> fields) {
    /** The field at {@code i}, or "" when the row is shorter. */
    public String get(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }
  }

  /** Thrown for a record that cannot be read (an unterminated quote); names the line. */
  public static final class MalformedCsvException extends IOException {
    public MalformedCsvException(String message) {
      super(message);
    }
  }

  private static final int MAX_FIELD = 1 << 20;
  private final Reader in;
  private final char delimiter;
  private long line = 1;
  private int peeked = -2;
  private boolean first = true;

  public CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  public CsvReader(Reader in) {
    this(in, ',');
  }

  private int read() throws IOException {
    int c;
    if (peeked != -2) {
      c = peeked;
      peeked = -2;
    } else {
      c = in.read();
    }
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = in.read();
      }
    }
    return c == 0x1A ? read() : c;
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      int c = in.read();
      peeked = c == 0x1A ? in.read() : c;
    }
    return peeked;
  }

  /** The next record, or null at the end of input. Blank lines are skipped. */
  public Row next() throws IOException {
    while (true) {
      long start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int c;
      while (true) {
        c = read();
        if (c == -1) {
          if (quoted) {
            throw new MalformedCsvException("line " + start + ": quoted field not closed before end of file");
          }
          break;
        }
        any = true;
        if (field.length() > MAX_FIELD) {
          throw new MalformedCsvException("line " + start + ": field longer than " + MAX_FIELD + " characters");
        }
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              read();
              field.append('"');
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && field.toString().isBlank()) {
          field.setLength(0);
          quoted = true;
        } else if (c == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          line++;
          break;
        } else {
          field.append((char) c);
        }
      }
      if (!any) {
        return null;
      }
      fields.add(field.toString());
      if (fields.size() == 1 && fields.getFirst().isBlank()) {
        if (c == -1) {
          return null;
        }
        continue;
      }
      return new Row(start, List.copyOf(fields));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

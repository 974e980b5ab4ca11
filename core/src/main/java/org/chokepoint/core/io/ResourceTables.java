package org.chokepoint.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated knowledge tables shipped as resources (legal forms, abbreviations, country aliases):
 * blank lines and {@code #} comments skipped, every row checked for its column count. A bad table is a broken
 * build, so problems are {@link IllegalStateException}s naming the table and line.
 */
public final class ResourceTables {
  private ResourceTables() {}

  /** The rows of {@code name} next to {@code owner}, each with exactly {@code columns} trimmed, non-blank cells. */
  public static List<String[]> read(Class<?> owner, String name, int columns, String layout) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        boolean ok = cells.length == columns;
        for (int i = 0; ok && i < cells.length; i++) {
          cells[i] = cells[i].strip();
          ok = !cells[i].isEmpty();
        }
        if (!ok) {
          throw new IllegalStateException(name + " line " + number + ": expected '" + layout + "'");
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }
}

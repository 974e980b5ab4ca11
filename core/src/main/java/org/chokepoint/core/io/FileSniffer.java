package org.chokepoint.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Recognises files that are plainly not data: HTML pages served in place of a download (error and login pages). */
public final class FileSniffer {
  private static final int HEAD = 2048;

  private FileSniffer() {}

  /** Names the kind of page when the file starts like an HTML document, else empty. */
  public static Optional<String> htmlPage(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (text.startsWith("\ufeff") || text.startsWith("ï»¿")) {
      text = text.substring(text.startsWith("\ufeff") ? 1 : 3).stripLeading();
    }
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
        || text.startsWith("<body") || (text.startsWith("<") && text.contains("<html"))) {
      int at = text.indexOf("<title>");
      String title = "";
      if (at >= 0) {
        int end = text.indexOf("</title>", at);
        title = text.substring(at + 7, end < 0 ? Math.min(text.length(), at + 87) : end).strip();
      }
      return Optional.of(title.isEmpty() ? "an HTML page" : "an HTML page (\"" + title + "\")");
    }
    return Optional.empty();
  }
}

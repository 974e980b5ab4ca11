package org.chokepoint.reports.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.core.text.PartialDates;
import org.chokepoint.reports.clean.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads plain text, HTML and text files with a {@code URL:}/{@code TITLE:}/{@code DATE:} header into a
 * {@link SourceDocument}. Bytes are decoded line by line (UTF-8 where valid, else Windows-1252), so a file that mixes
 * encodings keeps both halves readable; UTF-8 read as Windows-1252 and saved again ("â€™") is repaired.
 */
public final class DocumentReader {
  /** Files larger than this are refused: no article is that long, and a dump would swamp a batch. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern HEADER = Pattern.compile("^(URL|TITLE|DATE|PUBLISHED|SOURCE)\\s*:\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MOJIBAKE = Pattern.compile("[ÂÃâ][\\u0080-\\u00BF\\u0152-\\u2122]");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption";
  private static final String JUNK_ELEMENTS = "script, style, noscript, template, iframe, svg, nav, header, footer, figure, figcaption, "
      + "aside, form, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final Pattern JUNK_CLASS = Pattern.compile(
      "(^|[\\s_-])(share|social|subscribe|newsletter|related|comment|advert|promo|cookie|breadcrumb|menu|sidebar"
          + "|byline-share|paywall|signup|popup|modal)([\\s_-]|$)", Pattern.CASE_INSENSITIVE);

  private static final Pattern URL_DAY = Pattern.compile("[/_-](20\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_-]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/(20\\d{2})(0[1-9]|1[0-2])/|/(20\\d{2})/(0?[1-9]|1[0-2])/");

  private DocumentReader() {}

  /**
   * The publication date a URL's path gives ("/2024/10/30/", "/2024-10-30-title", "/202311/"), at its precision:
   * "2024-10-30", "2023-11"; "" when it gives none.
   */
  public static String dateFromUrl(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    Matcher m = URL_DAY.matcher(url);
    if (m.find()) {
      String d = PartialDates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      if (d.length() == 10) {
        return d;
      }
    }
    m = URL_MONTH.matcher(url);
    if (m.find()) {
      return m.group(1) != null ? m.group(1) + "-" + m.group(2)
          : PartialDates.parse(m.group(3) + "-" + m.group(4));
    }
    return "";
  }

  /** Only http(s) links are kept as links; anything else ("javascript:", "data:") is not a URL. */
  static String safeUrl(String url) {
    String u = url.strip();
    return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8) ? u : "";
  }

  /** Reads one file; the exception names the file and why it is not a readable report. */
  public static SourceDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size == 0) {
      throw new UnreadableDocumentException(name + ": empty file");
    }
    if (size > MAX_BYTES) {
      throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s: %.1f MB is too large for a report "
          + "(limit %d MB)", name, size / 1048576.0, MAX_BYTES / 1048576));
    }
    return parse(name, Files.readAllBytes(file));
  }

  /** Reads a document given as bytes (an upload); {@code name} names it in messages and output. */
  public static SourceDocument parse(String name, byte[] bytes) throws UnreadableDocumentException {
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(name + ": empty document");
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableDocumentException(name + ": too large for a report (limit " + MAX_BYTES / 1048576 + " MB)");
    }
    if (startsWith(bytes, "%PDF")) {
      throw new UnreadableDocumentException(name + ": a PDF file; convert it to text or HTML first");
    }
    List<String> warnings = new ArrayList<>();
    String text = decode(bytes, warnings);
    if (looksBinary(text)) {
      throw new UnreadableDocumentException(name + ": binary data, not text");
    }
    String head = text.stripLeading().toLowerCase(Locale.ROOT);
    boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") || head.startsWith("<!doctype html")
        || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    return html ? fromHtml(name, text, warnings) : fromText(name, text, warnings);
  }

  private static SourceDocument fromText(String name, String text, List<String> warnings) {
    String title = "";
    String url = "";
    String published = "";
    List<String> lines = new ArrayList<>();
    boolean inHeader = true;
    for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
      Matcher m = HEADER.matcher(line.strip());
      if (inHeader && m.matches()) {
        String value = m.group(2).strip();
        switch (m.group(1).toUpperCase(Locale.ROOT)) {
          case "URL", "SOURCE" -> url = value;
          case "TITLE" -> title = value;
          default -> published = Dates.parse(value).orElse("");
        }
        continue;
      }
      inHeader = inHeader && line.isBlank();
      lines.add(line);
    }
    return finish(name, title, url, published, lines, warnings);
  }

  private static SourceDocument fromHtml(String name, String text, List<String> warnings) {
    org.jsoup.nodes.Document html = Jsoup.parse(text);
    String title = firstNonBlank(html.select("meta[property=og:title]").attr("content"), html.title());
    String url = firstNonBlank(html.select("link[rel=canonical]").attr("href"),
        html.select("meta[property=og:url]").attr("content"));
    String published = Dates.parse(firstNonBlank(html.select("meta[property=article:published_time]")
        .attr("content"), html.select("meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]")
        .attr("content"), html.select("time[datetime]").attr("datetime"))).orElse("");
    html.select(JUNK_ELEMENTS).remove();
    html.getAllElements().stream()
        .filter(e -> JUNK_CLASS.matcher(e.className() + " " + e.id()).find() && e != html.body())
        .toList().forEach(Element::remove);
    Element root = html.selectFirst("article");
    if (root == null) {
      root = html.selectFirst("main");
    }
    if (root == null) {
      root = html.body();
    }
    List<String> lines = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.select(BLOCKS).size() == 1) {
        lines.add(block.text());
        lines.add("");
      }
    }
    if (lines.isEmpty()) {
      for (String line : root.wholeText().split("\\n")) {
        lines.add(line.strip());
      }
    }
    return finish(name, title.strip(), url.strip(), published, lines, warnings);
  }

  /** Keeps only an http(s) URL as the link (saying so otherwise) and dates the document from it when nothing else does. */
  private static SourceDocument finish(String name, String title, String url, String published, List<String> lines,
      List<String> warnings) {
    String link = safeUrl(url);
    if (link.isEmpty() && !url.isBlank()) {
      warnings.add("the source address '" + (url.length() > 80 ? url.substring(0, 80) + "…" : url)
          + "' is not an http(s) link; kept as text only");
    }
    String date = published.isEmpty() ? dateFromUrl(link) : published;
    return new SourceDocument(name, title, link, date, lines, warnings);
  }

  private static String decode(byte[] bytes, List<String> warnings) {
    if (startsWith(bytes, "\uFEFF".getBytes(StandardCharsets.UTF_8))) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    StringBuilder out = new StringBuilder(bytes.length);
    int start = 0;
    int legacyLines = 0;
    int repaired = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = Math.min(end + 1, bytes.length);
      String line;
      try {
        line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, stop - start))
            .toString();
        if (MOJIBAKE.matcher(line).find()) {
          String fixed = repairMojibake(line);
          if (!fixed.equals(line)) {
            repaired++;
            line = fixed;
          }
        }
      } catch (CharacterCodingException e) {
        legacyLines++;
        line = new String(bytes, start, stop - start, WINDOWS_1252);
      }
      out.append(line);
      start = stop;
    }
    if (legacyLines > 0) {
      warnings.add(legacyLines + " line(s) were not UTF-8 and were read as Windows-1252");
    }
    if (repaired > 0) {
      warnings.add(repaired + " line(s) had UTF-8 read as Windows-1252 (\"â€™\") and were repaired");
    }
    return out.toString();
  }

  private static String repairMojibake(String line) {
    try {
      byte[] raw = line.getBytes(WINDOWS_1252);
      if (!new String(raw, WINDOWS_1252).equals(line)) {
        return line;
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      return line;
    }
  }

  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
        control++;
      }
    }
    return n > 0 && control > n / 20;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return startsWith(bytes, prefix.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}

package org.chokepoint.lists.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.Source;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.SourceValidator;
import org.chokepoint.core.data.Updater;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;

/**
 * Validates a new copy of a source before {@link Updater} lets it replace the old one. A list file is read with its
 * real loader, together with the current copies of the list's other files: it must read to its end (a syntax error
 * anywhere refuses it), yield entities, not yield more than {@value #MAX_SHRINK_PERCENT} % fewer entities or names
 * than the current copy (in total, and in each part of at least 20 entities: one EU act's file, one list of a
 * compilation), nor many more unreadable records, and OFAC files must end with OFAC's end-of-file mark
 * (0x1A) when the current copy does. Other sources (goods tables) must parse completely as CSV, JSON or XML and
 * keep their row count within the same margin. {@code acceptShrink} lets a smaller list or a missing end mark
 * through, for when the publisher really removed entries.
 */
public final class ListValidator implements SourceValidator {
  /** How much smaller (in per cent of entities, names or rows) a new copy may be without {@code --accept-shrink}. */
  public static final int MAX_SHRINK_PERCENT = 5;

  private static final Set<String> UNFINISHED = Set.of("XML not well-formed", "malformed CSV", "JSON not well-formed");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceRegistry sources;
  private final boolean acceptShrink;

  public ListValidator(SourceRegistry sources, boolean acceptShrink) {
    this.sources = sources;
    this.acceptShrink = acceptShrink;
  }

  /** Below this many entities a part of a list (one file, one contained list) is not compared on its own. */
  private static final long PART_MINIMUM = 20;

  /** What one read of a list gave, in total and per part (report: list and file). */
  private record Counts(long read, long skipped, long entities, long names, String unfinished,
      Map<String, Long> parts) {}

  @Override
  public Optional<String> refusal(Source source, Path candidate, DataDirectory current) throws IOException {
    Optional<ListLoader> loader = ListCatalog.loaders().stream()
        .filter(l -> l.sourceIds().contains(source.id())).findFirst();
    if (loader.isPresent()) {
      Optional<String> mark = endMark(source, candidate, current);
      if (mark.isPresent()) {
        return mark;
      }
      Source primary = sources.get(loader.get().sourceIds().getFirst());
      if (primary.id().equals(source.id()) || current.has(primary)) {
        return listRefusal(loader.get(), source, candidate, current);
      }
    }
    return tableRefusal(source, candidate, current);
  }

  private Optional<String> listRefusal(ListLoader loader, Source source, Path candidate, DataDirectory current)
      throws IOException {
    Counts now;
    Path view = Files.createTempDirectory(current.root(), ".validate-");
    try {
      for (String id : loader.sourceIds()) {
        Source s = sources.get(id);
        Path target = id.equals(source.id()) ? candidate.toAbsolutePath() : current.resolve(s);
        if (Files.exists(target)) {
          Path link = view.resolve(s.file());
          Files.createDirectories(link.getParent());
          Files.createSymbolicLink(link, target);
        }
      }
      try {
        now = count(loader, new DataDirectory(view));
      } catch (IOException | RuntimeException e) {
        return Optional.of(loader.name() + " cannot be read: " + e.getMessage());
      }
    } finally {
      Updater.deleteTree(view);
    }
    if (!now.unfinished().isEmpty()) {
      return Optional.of("does not read to its end (" + now.unfinished() + ")");
    }
    if (now.entities() == 0) {
      return Optional.of(loader.name() + " yields no entities from " + now.read() + " records");
    }
    if (!current.has(sources.get(loader.sourceIds().getFirst()))) {
      return Optional.empty();
    }
    Counts before;
    try {
      before = count(loader, current);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    long newlyBad = now.skipped() - before.skipped();
    if (newlyBad > Math.max(10, before.read() / 100)) {
      return Optional.of(now.skipped() + " unreadable records where the current copy has " + before.skipped());
    }
    if (acceptShrink) {
      return Optional.empty();
    }
    Optional<String> shrink = shrink(loader.name() + " entities", now.entities(), before.entities());
    if (shrink.isEmpty()) {
      shrink = shrink(loader.name() + " names", now.names(), before.names());
    }
    for (var part : before.parts().entrySet()) {
      if (shrink.isEmpty() && part.getValue() >= PART_MINIMUM) {
        shrink = shrink("entities of " + part.getKey(), now.parts().getOrDefault(part.getKey(), 0L), part.getValue());
      }
    }
    return shrink;
  }

  private Counts count(ListLoader loader, DataDirectory data) throws IOException {
    List<LoadReport> reports = loader.load(data, sources, e -> { });
    long read = 0;
    long skipped = 0;
    long entities = 0;
    long names = 0;
    String unfinished = "";
    Map<String, Long> parts = new HashMap<>();
    for (LoadReport r : reports) {
      parts.merge(r.list() + " (" + r.file() + ")", r.entities(), Long::sum);
      read += r.recordsRead();
      entities += r.entities();
      names += r.names();
      for (var e : r.skipped().entrySet()) {
        if (UNFINISHED.contains(e.getKey()) && unfinished.isEmpty()) {
          unfinished = e.getKey() + problem(r, e.getKey());
        } else if (!UNFINISHED.contains(e.getKey())) {
          skipped += e.getValue();
        }
      }
    }
    return new Counts(read, skipped, entities, names, unfinished, parts);
  }

  private static String problem(LoadReport report, String reason) {
    return report.problems().stream().filter(p -> p.endsWith(": skipped: " + reason)).findFirst()
        .map(p -> " at " + p.substring(0, p.length() - (": skipped: " + reason).length())).orElse("");
  }

  private static Optional<String> shrink(String what, long now, long before) {
    if (before > 0 && now * 100 < before * (100 - MAX_SHRINK_PERCENT)) {
      long percent = Math.round(100.0 * (before - now) / before);
      return Optional.of(now + " " + what + " where the current copy has " + before + " (" + percent
          + " % fewer; more than " + MAX_SHRINK_PERCENT + " % fewer needs --accept-shrink)");
    }
    return Optional.empty();
  }

  /** OFAC's legacy files end with 0x1A; a copy without it, where the current one has it, was cut short. */
  private Optional<String> endMark(Source source, Path candidate, DataDirectory current) throws IOException {
    Path old = current.resolve(source);
    if (acceptShrink || source.directory() || !source.id().startsWith("ofac-") || !Files.isRegularFile(old)) {
      return Optional.empty();
    }
    if (lastByte(old) == 0x1A && lastByte(candidate) != 0x1A) {
      return Optional.of("ends without OFAC's end-of-file mark (0x1A), so it was cut short; "
          + "--accept-shrink takes it anyway");
    }
    return Optional.empty();
  }

  private static int lastByte(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long length = f.length();
      for (long at = length - 1; at >= 0 && at >= length - 8; at--) {
        f.seek(at);
        int b = f.read();
        if (b != '\n' && b != '\r' && b != ' ') {
          return b;
        }
      }
      return -1;
    }
  }

  /** A source no list loader reads (a goods table): it must parse completely and keep its row count. */
  private Optional<String> tableRefusal(Source source, Path candidate, DataDirectory current) throws IOException {
    if (source.directory()) {
      return Optional.empty();
    }
    String name = source.file().toLowerCase(Locale.ROOT);
    long now;
    try {
      now = rows(name, candidate);
    } catch (IOException e) {
      return Optional.of("does not parse to its end: " + e.getMessage());
    }
    if (now <= 0) {
      return Optional.of("has no records");
    }
    Path old = current.resolve(source);
    if (acceptShrink || !Files.isRegularFile(old)) {
      return Optional.empty();
    }
    long before;
    try {
      before = rows(name, old);
    } catch (IOException e) {
      return Optional.empty();
    }
    return shrink("rows", now, before);
  }

  /** Rows of a CSV, elements of a JSON array, elements of an XML file; -1 for other formats (not checked). */
  private static long rows(String name, Path file) throws IOException {
    if (name.endsWith(".csv")) {
      long n = 0;
      try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
        while (csv.next() != null) {
          n++;
        }
      }
      return n - 1;
    }
    if (name.endsWith(".json")) {
      try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
        var tree = JSON.readTree(parser);
        if (parser.nextToken() != null) {
          throw new IOException("content after the JSON value at line " + parser.currentLocation().getLineNr());
        }
        return tree == null ? 0 : Math.max(1, tree.size());
      } catch (JsonProcessingException e) {
        throw new IOException("line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
      }
    }
    if (name.endsWith(".xml")) {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      long elements = 0;
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader xml = factory.createXMLStreamReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder()));
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamReader.START_ELEMENT) {
            elements++;
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException(e.getMessage().lines().reduce((a, b) -> b).orElse(""), e);
      }
      return elements;
    }
    return Long.MAX_VALUE;
  }
}

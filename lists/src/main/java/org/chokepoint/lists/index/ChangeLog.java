package org.chokepoint.lists.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Listing;

/**
 * The history of list changes, one {@link ListChanges} per index build, kept as JSON lines in {@code changes.jsonl}
 * beside the builds. Each build also leaves a digest of every entry ({@code entries.json.gz}), which the next build
 * compares with.
 */
public final class ChangeLog {
  static final String LOG = "changes.jsonl";
  static final String ENTRIES = "entries.json.gz";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One entry as the change log remembers it: id, list, main name and a digest of what the list says. */
  record EntryDigest(String id, String list, String name, String digest) {}

  private ChangeLog() {}

  /** Every recorded change set, oldest first; an unreadable line is skipped. */
  public static List<ListChanges> read(DataDirectory data) throws IOException {
    return read(ScreeningIndex.home(data));
  }

  static List<ListChanges> read(Path home) throws IOException {
    Path log = home.resolve(LOG);
    if (!Files.isRegularFile(log)) {
      return List.of();
    }
    List<ListChanges> out = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JSON.readValue(line, ListChanges.class));
      } catch (IOException e) {
        // a torn last line from an interrupted build: the builds before it are still good
      }
    }
    return List.copyOf(out);
  }

  /**
   * The change sets recorded on or after {@code since} (an ISO date, or an instant), oldest first.
   *
   * @throws IllegalArgumentException when {@code since} is neither
   */
  public static List<ListChanges> since(DataDirectory data, String since) throws IOException {
    return since(ScreeningIndex.home(data), since);
  }

  static List<ListChanges> since(Path home, String since) throws IOException {
    Instant from = parseSince(since);
    return read(home).stream().filter(c -> !Instant.parse(c.at()).isBefore(from)).toList();
  }

  /** Parses "2026-12-01" (start of that day, UTC) or an ISO instant. */
  public static Instant parseSince(String since) {
    if (since == null || since.isBlank()) {
      throw new IllegalArgumentException("since must be a date (YYYY-MM-DD) or an ISO instant");
    }
    try {
      return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("since must be a date (YYYY-MM-DD) or an ISO instant, got '" + since + "'");
    }
  }

  /** The digests of a build's entities. */
  static List<EntryDigest> digests(List<Entity> entities) {
    List<EntryDigest> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      String list = e.listings().isEmpty() ? e.id().replaceAll("-[^-]*$", "") : e.listings().getFirst().list();
      out.add(new EntryDigest(e.id(), list, e.caption(), digest(e)));
    }
    return out;
  }

  /** A digest of what a list says about an entity, without where in the file it says it (lines move). */
  private static String digest(Entity e) {
    StringBuilder s = new StringBuilder();
    s.append(e.schema()).append('|').append(e.names()).append('|').append(e.countries()).append('|')
        .append(e.identifiers()).append('|').append(e.birthDates()).append('|').append(e.addresses());
    for (Listing l : e.listings()) {
      s.append('|').append(l.authority()).append('/').append(l.list()).append('/').append(l.program()).append('/')
          .append(l.listedOn()).append('/').append(l.reason());
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Compares a new build's digests with the previous build's (null when there was none). */
  static ListChanges compare(List<EntryDigest> previous, List<EntryDigest> current, String at) {
    Map<String, EntryDigest> before = new HashMap<>();
    if (previous != null) {
      previous.forEach(d -> before.put(d.id(), d));
    }
    Map<String, List<ListChanges.Entry>[]> byList = new TreeMap<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (EntryDigest d : current) {
      seen.put(d.id(), true);
      EntryDigest old = before.get(d.id());
      int kind = old == null ? 0 : old.digest().equals(d.digest()) ? -1 : 2;
      if (kind >= 0) {
        lists(byList, d.list())[kind].add(new ListChanges.Entry(d.id(), d.name()));
      } else {
        lists(byList, d.list());
      }
    }
    for (EntryDigest d : before.values()) {
      if (!seen.containsKey(d.id())) {
        lists(byList, d.list())[1].add(new ListChanges.Entry(d.id(), d.name()));
      }
    }
    boolean initial = previous == null;
    List<ListChanges.ListDelta> deltas = new ArrayList<>();
    byList.forEach((list, l) -> {
      l[0].sort(Comparator.comparing(ListChanges.Entry::id));
      l[1].sort(Comparator.comparing(ListChanges.Entry::id));
      l[2].sort(Comparator.comparing(ListChanges.Entry::id));
      deltas.add(new ListChanges.ListDelta(list, l[0].size(), l[1].size(), l[2].size(),
          initial ? List.of() : l[0], l[1], l[2]));
    });
    return new ListChanges(at, initial, deltas);
  }

  @SuppressWarnings("unchecked")
  private static List<ListChanges.Entry>[] lists(Map<String, List<ListChanges.Entry>[]> byList, String list) {
    return byList.computeIfAbsent(list, k -> new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()});
  }

  static List<EntryDigest> readDigests(Path folder) {
    Path file = folder.resolve(ENTRIES);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      return List.of(JSON.readValue(in, EntryDigest[].class));
    } catch (IOException e) {
      return null;
    }
  }

  static void writeDigests(Path folder, List<EntryDigest> digests) throws IOException {
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
        Files.newOutputStream(folder.resolve(ENTRIES))))) {
      JSON.writeValue(out, digests);
    }
  }

  /** Appends one change set to the log. */
  static void append(Path home, ListChanges changes) throws IOException {
    Files.writeString(home.resolve(LOG), JSON.writeValueAsString(changes) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}

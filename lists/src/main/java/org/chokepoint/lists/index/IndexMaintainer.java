package org.chokepoint.lists.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.Source;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.lists.load.ListCatalog;
import org.chokepoint.lists.load.ListLoader;

/**
 * Keeps the screening index in step with the list files: opens the live build when the lists are unchanged (by a
 * fingerprint of names, sizes and modification times), rebuilds it otherwise, and keeps the old build when a
 * rebuild fails.
 */
public final class IndexMaintainer {
  private IndexMaintainer() {}

  /** Opens an up-to-date index, building it when needed; {@code log} receives progress lines. */
  public static ScreeningIndex openOrBuild(DataDirectory data, SourceRegistry sources, boolean forceRebuild,
      Consumer<String> log) throws IOException {
    return openOrBuild(data, sources, forceRebuild, log, DiskSpace.system());
  }

  /** As above, checking free space on {@code disk} before a build (a full disk keeps the previous index). */
  public static ScreeningIndex openOrBuild(DataDirectory data, SourceRegistry sources, boolean forceRebuild,
      Consumer<String> log, DiskSpace disk) throws IOException {
    String fingerprint = fingerprint(data, sources);
    ScreeningIndex current = null;
    try {
      current = ScreeningIndex.openCurrent(data);
    } catch (IOException | RuntimeException e) {
      log.accept("warning: cannot open the live index (" + e.getMessage() + "); rebuilding");
    }
    if (current != null && !forceRebuild && current.meta().fingerprint().equals(fingerprint)) {
      return current;
    }
    log.accept(current == null ? "building the screening index" : "lists changed: rebuilding the screening index");
    try {
      ListCatalog.Loaded loaded = ListCatalog.loadAll(data, sources);
      if (loaded.entities().isEmpty()) {
        throw new IOException("no list entities in " + data.root() + "; run 'chokepoint update' first");
      }
      ScreeningIndex.build(data, loaded.entities(), loaded.reports(), fingerprint, disk, versions(data, sources));
    } catch (IOException | RuntimeException e) {
      if (current != null) {
        log.accept("warning: rebuild failed (" + e.getMessage() + "); still using the previous index");
        return current;
      }
      throw e;
    }
    if (current != null) {
      current.close();
    }
    return ScreeningIndex.openCurrent(data);
  }

  /**
   * The version of each list source in the data directory: file, SHA-256, size, and from the data directory's
   * {@code manifest.json} where and when the update fetched it.
   */
  public static List<ListVersion> versions(DataDirectory data, SourceRegistry sources) throws IOException {
    Map<String, JsonNode> manifest = new HashMap<>();
    String fetchedAt = "";
    Path manifestFile = data.root().resolve("manifest.json");
    if (Files.isRegularFile(manifestFile)) {
      try {
        JsonNode m = JSON.readTree(manifestFile.toFile());
        fetchedAt = m.path("updated_at").asText("");
        for (JsonNode s : m.path("sources")) {
          manifest.put(s.path("id").asText(), s);
        }
      } catch (IOException e) {
        // an unreadable manifest leaves origins unknown; the file hashes below still identify the versions
      }
    }
    List<ListVersion> out = new ArrayList<>();
    for (ListLoader loader : ListCatalog.loaders()) {
      for (String id : loader.sourceIds()) {
        Path p = data.resolve(sources.get(id));
        if (!Files.exists(p)) {
          continue;
        }
        List<Path> files;
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.list(p)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
          }
        } else {
          files = List.of(p);
        }
        MessageDigest digest = sha256();
        long bytes = 0;
        for (Path f : files) {
          try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
              digest.update(buf, 0, n);
              bytes += n;
            }
          }
        }
        JsonNode entry = manifest.get(id);
        String origin = entry == null ? "" : entry.path("origin").asText("");
        Matcher date = DATE.matcher(origin.substring(Math.max(0, origin.lastIndexOf('/') + 1)));
        out.add(new ListVersion(id, data.root().relativize(p).toString(), HexFormat.of().formatHex(digest.digest()),
            bytes, origin, entry == null ? "" : fetchedAt, date.find() ? date.group() : ""));
      }
    }
    return List.copyOf(out);
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A digest of the index format and the list files' paths, sizes and modification times. */
  public static String fingerprint(DataDirectory data, SourceRegistry sources) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest.update(("format " + ScreeningIndex.FORMAT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
    for (ListLoader loader : ListCatalog.loaders()) {
      for (String id : loader.sourceIds()) {
        Source source = sources.get(id);
        Path p = data.resolve(source);
        List<Path> files;
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.list(p)) {
            files = s.sorted().toList();
          }
        } else {
          files = List.of(p);
        }
        for (Path f : files) {
          String line = f + "|" + (Files.exists(f) ? Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis()
              : "missing") + "\n";
          digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}

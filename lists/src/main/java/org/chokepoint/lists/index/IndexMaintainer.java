package org.chokepoint.lists.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
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
      ScreeningIndex.build(data, loaded.entities(), loaded.reports(), fingerprint, disk);
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

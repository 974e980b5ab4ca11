package org.chokepoint.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.chokepoint.reports.story.Story;

/**
 * The reports Chokepoint has been given, kept as files in one folder of the data directory ({@code reports/}) so
 * they survive restarts. Each document is read and extracted once (the stored ones at the first request, an upload
 * when it arrives, outside the lock so readers are not held up); an upload then only regroups the extracted
 * documents, whose story ids do not depend on position. An upload is written beside the folder and moved in
 * atomically; one that cannot be read is refused and not stored.
 */
public final class ReportStore {
  private final Path dir;
  private final ReportPipeline pipeline;
  private List<ReportDocument> processed;
  private ReportPipeline.Run cached;

  public ReportStore(Path dir, ReportPipeline pipeline) throws IOException {
    this.dir = dir;
    this.pipeline = pipeline;
    Files.createDirectories(dir);
  }

  /** Reads, checks and stores an uploaded document; the returned document says why when it was refused. */
  public ReportDocument add(String name, byte[] bytes) throws IOException {
    String safe = safeName(name);
    ReportDocument d = pipeline.process(safe, bytes);
    if (!d.ok()) {
      return d;
    }
    String id = HexFormat.of().formatHex(digest().digest(bytes), 0, 6);
    Path target = dir.resolve(id + "-" + safe);
    ReportDocument stored = d.named(target.getFileName().toString());
    synchronized (this) {
      Path tmp = dir.resolveSibling(dir.getFileName() + "." + id + ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      if (processed != null) {
        processed.removeIf(x -> x.doc().equals(stored.doc()));
        processed.add(stored);
        cached = ReportPipeline.stories(processed);
      }
    }
    return stored;
  }

  /** Whether this exact document is already stored under this name. */
  public boolean contains(String name, byte[] bytes) {
    String safe = safeName(name);
    return Files.exists(dir.resolve(HexFormat.of().formatHex(digest().digest(bytes), 0, 6) + "-" + safe));
  }

  private static String safeName(String name) {
    String safe = name == null || name.isBlank() ? "upload.txt" : name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
  }

  /** Every stored document and the stories they form. */
  public synchronized ReportPipeline.Run run() throws IOException {
    if (cached == null) {
      List<Path> files = new ArrayList<>(ReportPipeline.expand(List.of(dir)));
      cached = pipeline.run(files, Runtime.getRuntime().availableProcessors());
      processed = new ArrayList<>(cached.documents());
    }
    return cached;
  }

  public Optional<Story> story(String id) throws IOException {
    return run().story(id);
  }

  private static java.security.MessageDigest digest() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.chokepoint.core.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fills the data directory: downloads each source from its publisher, or copies it from a local mirror. A source
 * is written beside the old copy and moved into place only when complete, so a failed fetch never loses data.
 */
public final class Updater {
  /** What happened to one source. */
  public enum Status { UPDATED, UNCHANGED, SKIPPED, FAILED }

  /** The outcome for one source: its status, where it came from, its size and a message for the user. */
  public record Outcome(Source source, Status status, String origin, long bytes, String message) {}

  private final DataDirectory data;
  private final SourceRegistry registry;
  private final HttpClient http;

  public Updater(DataDirectory data, SourceRegistry registry, HttpClient http) {
    this.data = data;
    this.registry = registry;
    this.http = http;
  }

  /** An HTTP client suited to publishers' servers: follows redirects, 30 s connect timeout. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** Copies every source from a mirror folder laid out like {@code shared/data}. */
  public List<Outcome> fromMirror(Path mirrorRoot) throws IOException {
    if (!Files.isDirectory(mirrorRoot)) {
      throw new IllegalArgumentException("mirror is not a directory: " + mirrorRoot);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Source source : registry.all()) {
      outcomes.add(copyFromMirror(source, mirrorRoot.toAbsolutePath().normalize()));
    }
    writeManifest(outcomes);
    return outcomes;
  }

  /** Downloads every source that has a URL from its publisher. */
  public List<Outcome> download() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Source source : registry.all()) {
      outcomes.add(source.url().isEmpty()
          ? new Outcome(source, Status.SKIPPED, "", 0, "no download address: " + source.note())
          : downloadOne(source));
    }
    writeManifest(outcomes);
    return outcomes;
  }

  private Outcome copyFromMirror(Source source, Path mirrorRoot) {
    if (source.mirror().isEmpty()) {
      return new Outcome(source, Status.SKIPPED, "", 0, "no mirror path configured");
    }
    try {
      Optional<Path> match = findInMirror(mirrorRoot, source.mirror());
      if (match.isEmpty()) {
        return new Outcome(source, source.optional() ? Status.SKIPPED : Status.FAILED, "", 0,
            "nothing in the mirror matches " + source.mirror());
      }
      Path from = match.get();
      Path target = data.resolve(source);
      Files.createDirectories(target.getParent());
      if (source.directory()) {
        return new Outcome(source, Status.UPDATED, from.toString(), replaceDirectory(from, target), "");
      }
      if (Files.size(from) == 0) {
        return new Outcome(source, Status.FAILED, from.toString(), 0, "mirror file is empty; kept the old copy");
      }
      if (Files.exists(target) && Files.mismatch(from, target) == -1) {
        return new Outcome(source, Status.UNCHANGED, from.toString(), Files.size(target), "");
      }
      Path tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
      Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Outcome(source, Status.UPDATED, from.toString(), Files.size(target), "");
    } catch (IOException | RuntimeException e) {
      return new Outcome(source, Status.FAILED, "", 0, e.toString());
    }
  }

  private static Optional<Path> findInMirror(Path root, String glob) throws IOException {
    int slash = glob.lastIndexOf('/');
    Path folder = slash < 0 ? root : root.resolve(glob.substring(0, slash));
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(slash + 1));
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> matcher.matches(p.getFileName())).max(Comparator.comparing(p -> p.getFileName().toString()));
    }
  }

  private static long replaceDirectory(Path from, Path target) throws IOException {
    Path staging = Files.createTempDirectory(target.getParent(), ".incoming-");
    long bytes = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, staging.resolve(f.getFileName().toString()));
        bytes += Files.size(f);
      }
    }
    Path old = target.resolveSibling(target.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
    return bytes;
  }

  private Outcome downloadOne(Source source) {
    Path target = data.resolve(source);
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
      HttpRequest request = HttpRequest.newBuilder(URI.create(source.url())).timeout(Duration.ofMinutes(10))
          .header("User-Agent", "chokepoint-update/0.1").GET().build();
      HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(tmp));
      if (response.statusCode() != 200) {
        return new Outcome(source, Status.FAILED, source.url(), 0,
            "HTTP " + response.statusCode() + " from " + source.url() + "; kept the old copy");
      }
      long size = Files.size(tmp);
      if (size == 0) {
        return new Outcome(source, Status.FAILED, source.url(), 0, "empty download; kept the old copy");
      }
      if (Files.exists(target) && Files.mismatch(tmp, target) == -1) {
        return new Outcome(source, Status.UNCHANGED, source.url(), size, "");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      return new Outcome(source, Status.UPDATED, source.url(), size, "");
    } catch (IOException | RuntimeException e) {
      return new Outcome(source, Status.FAILED, source.url(), 0, e + "; kept the old copy");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(source, Status.FAILED, source.url(), 0, "interrupted");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a stray temp file is harmless
        }
      }
    }
  }

  private void writeManifest(List<Outcome> outcomes) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("updated_at", Instant.now().toString());
    ArrayNode list = root.putArray("sources");
    for (Outcome o : outcomes) {
      ObjectNode n = list.addObject();
      n.put("id", o.source().id());
      n.put("file", o.source().file());
      n.put("status", o.status().name());
      n.put("origin", o.origin());
      n.put("bytes", o.bytes());
      n.put("message", o.message());
    }
    Files.createDirectories(data.root());
    Path tmp = Files.createTempFile(data.root(), ".manifest-", ".tmp");
    json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    Files.move(tmp, data.root().resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes a file tree if it exists. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

}

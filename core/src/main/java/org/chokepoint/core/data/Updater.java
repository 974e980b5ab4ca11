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
import org.chokepoint.core.io.FileSniffer;

/**
 * Fills the data directory: downloads each source from its publisher, or copies it from a local mirror. A source
 * is written beside the old copy, checked (not empty, not an HTML page, then the {@link SourceValidator}) and moved
 * into place only when complete and accepted, so a failed fetch or a damaged file never loses data. A copy
 * identical to the current one (every file byte for byte) is not copied again.
 */
public final class Updater {
  /** What happened to one source; {@code REFUSED} means the new copy failed validation and the old one was kept. */
  public enum Status { UPDATED, UNCHANGED, SKIPPED, FAILED, REFUSED }

  /** The outcome for one source: its status, where it came from, its size and a message for the user. */
  public record Outcome(Source source, Status status, String origin, long bytes, String message) {}

  private final DataDirectory data;
  private final SourceRegistry registry;
  private final HttpClient http;
  private final SourceValidator validator;

  /** An updater that applies only the basic checks (not empty, not an HTML page). */
  public Updater(DataDirectory data, SourceRegistry registry, HttpClient http) {
    this(data, registry, http, SourceValidator.BASIC);
  }

  /** An updater that also asks {@code validator} before a new copy replaces the old one. */
  public Updater(DataDirectory data, SourceRegistry registry, HttpClient http, SourceValidator validator) {
    this.data = data;
    this.registry = registry;
    this.http = http;
    this.validator = validator;
  }

  /** Whether the outcome means the source did not get a usable new copy (failed or refused). */
  public static boolean failed(Outcome outcome) {
    return outcome.status() == Status.FAILED || outcome.status() == Status.REFUSED;
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
    Path staged = null;
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
        if (sameDirectory(from, target)) {
          return new Outcome(source, Status.UNCHANGED, from.toString(), directorySize(target), "");
        }
        staged = stageDirectory(from, target);
      } else {
        if (Files.size(from) == 0) {
          return new Outcome(source, Status.FAILED, from.toString(), 0,
              from + ": mirror file is empty; kept the old copy");
        }
        if (Files.exists(target) && Files.mismatch(from, target) == -1) {
          return new Outcome(source, Status.UNCHANGED, from.toString(), Files.size(target), "");
        }
        staged = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        Files.copy(from, staged, StandardCopyOption.REPLACE_EXISTING);
      }
      Outcome outcome = install(source, staged, from.toString());
      staged = null;
      return outcome;
    } catch (IOException | RuntimeException e) {
      return new Outcome(source, Status.FAILED, "", 0, describe(e) + "; kept the old copy");
    } finally {
      discard(staged);
    }
  }

  /**
   * Checks a complete new copy and moves it into place, or deletes it and keeps the previous copy. Always consumes
   * {@code staged}.
   */
  private Outcome install(Source source, Path staged, String origin) throws IOException {
    Path target = data.resolve(source);
    try {
      Optional<String> refusal = basicRefusal(source, staged);
      if (refusal.isEmpty()) {
        refusal = validator.refusal(source, staged, data);
      }
      if (refusal.isPresent()) {
        String kept = Files.exists(target) ? "kept the old copy" : "no previous copy";
        return new Outcome(source, Status.REFUSED, origin, 0,
            "refused " + origin + " as " + source.file() + ": " + refusal.get() + "; " + kept);
      }
      long bytes = source.directory() ? directorySize(staged) : Files.size(staged);
      if (source.directory()) {
        swapDirectory(staged, target);
      } else {
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      staged = null;
      return new Outcome(source, Status.UPDATED, origin, bytes, "");
    } finally {
      discard(staged);
    }
  }

  private static Optional<String> basicRefusal(Source source, Path staged) throws IOException {
    List<Path> files = source.directory() ? regularFiles(staged) : List.of(staged);
    if (files.isEmpty()) {
      return Optional.of("the folder has no files");
    }
    for (Path f : files) {
      String name = source.directory() ? f.getFileName() + ": " : "";
      if (Files.size(f) == 0 && !source.directory()) {
        return Optional.of("the file is empty");
      }
      Optional<String> page = FileSniffer.htmlPage(f);
      if (page.isPresent()) {
        return Optional.of(name + "it is " + page.get() + ", not a list");
      }
    }
    return Optional.empty();
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind.startsWith("NoSuchFile") ? "no such file: " + m
        : kind.startsWith("AccessDenied") ? "permission denied: " + m : m.contains(" ") ? m : kind + ": " + m;
  }

  private static void discard(Path staged) {
    if (staged == null) {
      return;
    }
    try {
      deleteTree(staged);
    } catch (IOException ignored) {
      // a stray staging file is removed by the next update's clean-up
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

  private static List<Path> regularFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long directorySize(Path dir) throws IOException {
    long bytes = 0;
    for (Path f : regularFiles(dir)) {
      bytes += Files.size(f);
    }
    return bytes;
  }

  /** Whether {@code target} holds exactly the files of {@code from}, byte for byte. */
  private static boolean sameDirectory(Path from, Path target) throws IOException {
    List<Path> a = regularFiles(from);
    List<Path> b = regularFiles(target);
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).getFileName().equals(b.get(i).getFileName()) || Files.mismatch(a.get(i), b.get(i)) != -1) {
        return false;
      }
    }
    return true;
  }

  private static Path stageDirectory(Path from, Path target) throws IOException {
    Path staging = Files.createTempDirectory(target.getParent(), ".incoming-");
    for (Path f : regularFiles(from)) {
      Files.copy(f, staging.resolve(f.getFileName().toString()));
    }
    return staging;
  }

  private static void swapDirectory(Path staging, Path target) throws IOException {
    Path old = target.resolveSibling(target.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
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
      Path staged = tmp;
      tmp = null;
      return install(source, staged, source.url());
    } catch (IOException | RuntimeException e) {
      return new Outcome(source, Status.FAILED, source.url(), 0, describe(e) + "; kept the old copy");
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

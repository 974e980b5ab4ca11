package org.chokepoint.graph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.query.GraphQueries;

/**
 * The graph a long-running reader (the server) answers from: the live file's graph in memory, replaced when a build
 * makes a new file live. Each question reads one snapshot; a new snapshot is loaded in the background while the old
 * one keeps answering, and the old one is dropped once no question holds it. A file that cannot be read keeps the
 * previous snapshot.
 */
public final class LiveGraph implements AutoCloseable {
  /** How often the file is looked at, at most. */
  private static final long CHECK_NANOS = 500_000_000L;

  private record Snapshot(Graph graph, Object version) {}

  private final Path file;
  private final Consumer<String> log;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final AtomicBoolean loading = new AtomicBoolean();
  private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "graph-reload");
    t.setDaemon(true);
    return t;
  });
  private volatile long checkedAt = System.nanoTime();

  private LiveGraph(Path file, Consumer<String> log) {
    this.file = file;
    this.log = log;
  }

  /** Watches {@code file}; loads it now when it exists. {@code log} hears about reloads and failed ones. */
  public static LiveGraph open(Path file, Consumer<String> log) throws IOException {
    LiveGraph live = new LiveGraph(file, log);
    Object version = version(file);
    if (version != null) {
      live.current.set(new Snapshot(GraphStore.load(file), version));
    }
    return live;
  }

  /** Starts from a graph already in memory (just built from the same file), still watching the file. */
  public static LiveGraph of(Graph graph, Path file, Consumer<String> log) throws IOException {
    LiveGraph live = new LiveGraph(file, log);
    live.current.set(new Snapshot(graph, version(file)));
    return live;
  }

  /** Whether a graph is loaded. */
  public boolean available() {
    poll();
    return current.get() != null;
  }

  /** The graph now, or null when none has been built; starts loading a newer file in the background. */
  public Graph graph() {
    poll();
    Snapshot s = current.get();
    return s == null ? null : s.graph();
  }

  /** Questions that always read the newest snapshot (null graph: none built). */
  public GraphQueries queries() {
    return GraphQueries.live(this::graph);
  }

  /** Looks at the file now and, when it changed, loads it before returning (for tests and one-shot readers). */
  public void refresh() throws IOException {
    reload();
  }

  private void poll() {
    long now = System.nanoTime();
    if (now - checkedAt < CHECK_NANOS) {
      return;
    }
    checkedAt = now;
    Snapshot s = current.get();
    Object v;
    try {
      v = version(file);
    } catch (IOException e) {
      return;
    }
    if (v != null && (s == null || !v.equals(s.version())) && loading.compareAndSet(false, true)) {
      loader.execute(() -> {
        try {
          reload();
        } catch (IOException | RuntimeException e) {
          log.accept("warning: cannot load the new evidence graph (" + e.getMessage() + "); keeping the previous one");
        } finally {
          loading.set(false);
        }
      });
    }
  }

  private synchronized void reload() throws IOException {
    Object v = version(file);
    Snapshot s = current.get();
    if (v == null || s != null && v.equals(s.version())) {
      return;
    }
    Graph g = GraphStore.load(file);
    current.set(new Snapshot(g, v));
    log.accept("evidence graph reloaded: " + g.nodes().size() + " nodes, " + g.edges().size() + " edges");
  }

  /** The file's identity and last change; null when there is no file. A rename over it changes the identity. */
  private static Object version(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() + "|" + a.lastModifiedTime().toMillis() + "|" + a.size();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public void close() {
    loader.shutdownNow();
  }
}

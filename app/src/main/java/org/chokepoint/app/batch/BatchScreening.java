package org.chokepoint.app.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.ScreeningRequest;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.LineDecodingReader;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * Screens a CSV or JSON Lines file of names, streaming in chunks screened in parallel and written in input order,
 * as JSON Lines ({@code {"row","query","matches"}} per input record) or CSV (one row per input record, best match).
 * A bad record (no name, broken quoting, invalid JSON) becomes an output record with an error and the run goes on.
 */
public final class BatchScreening {
  /** Which input columns hold what; only the name column is required. */
  public record Columns(String name, String country, String schema, String birthDate) {}

  /** The run's totals. */
  public record Summary(long rows, long matched, long errors, long millis) {
    public double namesPerSecond() {
      return millis == 0 ? rows : rows * 1000.0 / millis;
    }
  }

  private static final int CHUNK = 4096;
  private final Screener screener;
  private final double threshold;
  private final int limit;
  private final int threads;

  public BatchScreening(Screener screener, double threshold, int limit, int threads) {
    this(screener, threshold, limit, threads, Set.of(), null);
  }

  /**
   * A run that never reports the {@code exclude}d party ids and, when {@code only} is not null, screens against
   * only the parties holding one of those entry ids (delta screening against what changed).
   */
  public BatchScreening(Screener screener, double threshold, int limit, int threads, Set<String> exclude,
      Set<String> only) {
    this.screener = screener;
    this.threshold = threshold;
    this.limit = limit;
    this.threads = Math.max(1, threads);
    this.exclude = Set.copyOf(exclude);
    this.only = only == null ? null : Set.copyOf(only);
  }

  private final Set<String> exclude;
  private final Set<String> only;

  /**
   * Writes the reviewable record of a finished run beside its output ({@code OUTPUT.audit.json}): input and output
   * files with their SHA-256, when, threshold, exclusions, delta restriction, totals, and what screened them
   * (algorithm version, index build, list file hashes and dates).
   */
  public Path writeAuditRecord(Path in, Path out, Instant started, Summary summary) throws IOException {
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("kind", "chokepoint batch screening record");
    n.put("input", in.toAbsolutePath().toString());
    n.put("input_sha256", sha256(in));
    n.put("output", out.toAbsolutePath().toString());
    n.put("output_sha256", sha256(out));
    n.put("started_at", started.toString());
    n.put("finished_at", Instant.now().toString());
    n.put("threshold", threshold);
    n.put("limit", limit);
    ArrayNode ex = n.putArray("exclude");
    exclude.stream().sorted().forEach(ex::add);
    n.put("delta_screening", only != null);
    if (only != null) {
      n.put("delta_entries", only.size());
    }
    n.putObject("totals").put("rows", summary.rows()).put("matched", summary.matched()).put("errors", summary.errors())
        .put("millis", summary.millis());
    n.set("audit", MatchJson.audit(screener.provenance()));
    Path record = out.resolveSibling(out.getFileName() + ".audit.json");
    Files.writeString(record, MatchJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n",
        StandardCharsets.UTF_8);
    return record;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int k; (k = in.read(buf)) > 0; ) {
        d.update(buf, 0, k);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Input(long row, String name, String country, String schema, String birthDate, String error) {}

  private record Output(Input input, MatchQuery query, List<Match> matches, String error) {}

  /** Screens {@code in} into {@code out}; {@code progress} gets a line now and then (may be null). */
  public Summary run(Path in, Path out, Columns columns, PrintWriter progress) throws IOException {
    long start = System.nanoTime();
    boolean jsonIn = isJsonLines(in);
    boolean jsonOut = isJsonLines(out);
    long[] totals = new long[3];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Decoded per line like the list loaders: UTF-8, else Windows-1252, so one legacy line never stops the batch.
    try (Reader reader = new LineDecodingReader(Files.newInputStream(in));
         Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      InputSource source = jsonIn ? new JsonLinesSource(new BufferedReader(reader), columns)
          : new CsvSource(new CsvReader(reader), columns, in);
      if (!jsonOut) {
        writer.write("row,query_name,error,match_count,top_id,top_name,top_score,top_lists,top_matched_name\n");
      }
      List<Input> chunk = new ArrayList<>(CHUNK);
      Input next;
      while (true) {
        next = source.next();
        if (next != null) {
          chunk.add(next);
        }
        if (chunk.size() == CHUNK || next == null && !chunk.isEmpty()) {
          for (Output o : screenChunk(pool, chunk)) {
            write(writer, o, jsonOut);
            totals[0]++;
            if (o.error() != null) {
              totals[2]++;
            } else if (!o.matches().isEmpty()) {
              totals[1]++;
            }
          }
          chunk.clear();
          if (progress != null) {
            progress.printf("\rscreened %,d rows", totals[0]);
            progress.flush();
          }
        }
        if (next == null) {
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (progress != null) {
      progress.println();
    }
    return new Summary(totals[0], totals[1], totals[2], (System.nanoTime() - start) / 1_000_000);
  }

  private List<Output> screenChunk(ExecutorService pool, List<Input> chunk) throws IOException {
    int parts = Math.min(threads, chunk.size());
    List<Future<List<Output>>> futures = new ArrayList<>(parts);
    int size = (chunk.size() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      List<Input> slice = chunk.subList(p * size, Math.min(chunk.size(), (p + 1) * size));
      futures.add(pool.submit(() -> slice.stream().map(this::screenOne).toList()));
    }
    List<Output> outputs = new ArrayList<>(chunk.size());
    for (Future<List<Output>> f : futures) {
      try {
        outputs.addAll(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IOException("screening failed: " + e.getCause(), e.getCause());
      }
    }
    return outputs;
  }

  private Output screenOne(Input in) {
    if (in.error() != null) {
      return new Output(in, null, List.of(), in.error());
    }
    try {
      MatchQuery q = new ScreeningRequest("", in.name(), in.schema(), in.country().isBlank() ? List.of()
          : List.of(in.country()), in.birthDate(), List.of()).toQuery(threshold, limit).excluding(exclude);
      return new Output(in, q, screener.screen(q, only), null);
    } catch (IllegalArgumentException e) {
      return new Output(in, null, List.of(), e.getMessage());
    }
  }

  private static void write(Writer w, Output o, boolean json) throws IOException {
    if (json) {
      ObjectNode n = o.query() == null ? MatchJson.MAPPER.createObjectNode() : MatchJson.result(o.query(), o.matches());
      n.put("row", o.input().row());
      if (o.error() != null) {
        n.put("error", o.error());
        n.putArray("matches");
      }
      w.write(MatchJson.MAPPER.writeValueAsString(n));
      w.write('\n');
      return;
    }
    Match top = o.matches().isEmpty() ? null : o.matches().getFirst();
    w.write(String.join(",", String.valueOf(o.input().row()), csv(o.input().name()), csv(o.error()),
        String.valueOf(o.matches().size()), csv(top == null ? "" : top.party().id()),
        csv(top == null ? "" : top.party().caption()), top == null ? "" : String.valueOf(top.score()),
        csv(top == null ? "" : String.join("; ", top.party().listLabels())), csv(top == null ? "" : top.matchedName())));
    w.write('\n');
  }

  private static String csv(String v) {
    if (v == null) {
      return "";
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static boolean isJsonLines(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private interface InputSource {
    Input next() throws IOException;
  }

  private static final class CsvSource implements InputSource {
    private final CsvReader csv;
    private final CsvHeader header;
    private final Columns columns;
    private long row;
    private boolean done;

    CsvSource(CsvReader csv, Columns columns, Path file) throws IOException {
      this.csv = csv;
      this.columns = columns;
      CsvReader.Row h = csv.next();
      header = h == null ? null : CsvHeader.of(h, file, List.of());
      done = h == null;
      if (header != null && !header.has(columns.name())) {
        throw new IllegalArgumentException(file + ": no column '" + columns.name() + "' in header " + h.fields()
            + " (use --name-column)");
      }
    }

    @Override
    public Input next() throws IOException {
      if (done) {
        return null;
      }
      CsvReader.Row r;
      try {
        r = csv.next();
      } catch (CsvReader.MalformedCsvException e) {
        done = true;
        return new Input(++row, "", "", "", "", "unreadable CSV: " + e.getMessage() + "; rest of file skipped");
      }
      if (r == null) {
        done = true;
        return null;
      }
      row++;
      String name = header.get(r, columns.name());
      return new Input(row, name, header.get(r, columns.country()), header.get(r, columns.schema()),
          header.get(r, columns.birthDate()),
          name.isBlank() ? "line " + r.line() + ": empty name in column '" + columns.name() + "'" : null);
    }
  }

  private static final class JsonLinesSource implements InputSource {
    private final BufferedReader reader;
    private final Columns columns;
    private long row;

    JsonLinesSource(BufferedReader reader, Columns columns) {
      this.reader = reader;
      this.columns = columns;
    }

    @Override
    public Input next() throws IOException {
      String line;
      do {
        line = reader.readLine();
        if (line == null) {
          return null;
        }
        row++;
      } while (line.isBlank());
      try {
        JsonNode n = MatchJson.MAPPER.readTree(line);
        if (n == null || !n.isObject()) {
          return new Input(row, "", "", "", "", "line " + row + ": not a JSON object");
        }
        String name = text(n, columns.name());
        return new Input(row, name, text(n, columns.country()), text(n, columns.schema()),
            text(n, columns.birthDate()), name.isBlank() ? "line " + row + ": no '" + columns.name() + "'" : null);
      } catch (JsonProcessingException e) {
        return new Input(row, "", "", "", "", "line " + row + ": invalid JSON: " + e.getOriginalMessage());
      }
    }

    private static String text(JsonNode n, String field) {
      JsonNode v = field == null ? null : n.get(field);
      return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }
  }
}

package org.chokepoint.app.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench http URL}: a bounded load test of a running {@code serve}: {@code POST /match} and page views from a
 * fixed number of concurrent clients; prints requests/s, latency percentiles and errors per kind of request.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
    description = "Load-test a running server: POST /match and page views from N concurrent clients.")
final class BenchHttp implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "URL", description = "Base address, e.g. http://127.0.0.1:8080")
  String base;

  @Option(names = "--clients", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients = 16;

  @Option(names = "--requests", description = "Requests per kind (default ${DEFAULT-VALUE}).")
  int requests = 4000;

  private static final List<String> NAMES = List.of("Wuhan Global Sensor Technology", "Hikvision", "Vladimir Putin",
      "Dalian Machine Tool Group", "Acme Trading LLC", "Sea Star", "Rosoboronexport", "Wagner Group",
      "Shenzhen Blue Hat International", "Joint Stock Company Kalashnikov Concern");
  private static final List<String> PAGES = List.of("/", "/ui/search?q=wuhan", "/ui/stories", "/ui/network",
      "/ui/goods/machine-tools", "/ui/story/story-1");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    out.printf("%d clients, %d requests per kind against %s%n", clients, requests, base);
    run(out, http, "POST /match", i -> HttpRequest.newBuilder(URI.create(base + "/match")).timeout(Duration
        .ofSeconds(30)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
        "{\"queries\":{\"q\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"" + NAMES.get(i % NAMES.size())
        + "\"]}}}}")).build());
    run(out, http, "page views", i -> HttpRequest.newBuilder(URI.create(base + PAGES.get(i % PAGES.size())))
        .timeout(Duration.ofSeconds(30)).GET().build());
    return 0;
  }

  private interface Requests {
    HttpRequest make(int i);
  }

  private void run(PrintWriter out, HttpClient http, String name, Requests make) throws Exception {
    double[] ms = new double[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    for (int i = 0; i < Math.min(200, requests); i++) {
      http.send(make.make(i), HttpResponse.BodyHandlers.discarding());
    }
    long t0 = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            long t = System.nanoTime();
            try {
              HttpResponse<Void> r = http.send(make.make(i), HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "  %-12s %,8.0f requests/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d%n", name,
        requests / seconds, ms[requests / 2], ms[(int) (requests * 0.99)], ms[requests - 1], errors.get());
  }
}

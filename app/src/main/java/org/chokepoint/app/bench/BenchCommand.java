package org.chokepoint.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.chokepoint.app.cli.ChokepointCommand;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.io.CsvHeader;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.lists.eval.NameVariants;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Benchmarks that print figures; see docs/benchmarks.md for results on the reference machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {BenchCommand.Screening.class, BenchCommand.Goods.class, BenchReports.class, BenchTrade.class,
        BenchHttp.class})
public final class BenchCommand {
  @ParentCommand
  ChokepointCommand main;

  Workspace workspace(CommandSpec spec) throws IOException {
    return main.workspace(spec.commandLine().getErr());
  }

  /** Runs {@code task} for 0..count-1 on {@code threads} threads; returns the seconds it took. */
  static double runParallel(int count, int threads, IntConsumer task)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      workers[w] = new Thread(() -> {
        int i;
        while ((i = next.getAndIncrement()) < count) {
          task.accept(i);
        }
      });
      workers[w].start();
    }
    for (Thread t : workers) {
      t.join();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** {@code bench screening}. */
  @Command(name = "screening", mixinStandardHelpOptions = true,
      description = {"Screen generated names (listed names with typos, reordering, legal-form and case variants, "
          + "plus unlisted company and person names) against all lists; print names/s, p50/p99 latency, index "
          + "build and open time, peak heap, and accuracy on the generated labels."})
  static final class Screening implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--names", description = "How many names (default ${DEFAULT-VALUE}).")
    int count = 1_000_000;

    @Option(names = "--threads", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--listed-share", description = "Share of listed names (default ${DEFAULT-VALUE}).")
    double listedShare = 0.5;

    @Option(names = "--rebuild", description = "Rebuild the index first and report the build time.")
    boolean rebuild;

    @Option(names = "--mix", description = "realistic (default: a quarter listed variants and native-script "
        + "aliases, the rest unlisted names from many countries, half in non-Latin scripts) or variants (half listed "
        + "Latin variants, the first release's mix).")
    String mix = "realistic";

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      ScreeningIndex index = bench.workspace(spec).openIndex(rebuild);
      long openMillis = (System.nanoTime() - t0) / 1_000_000;
      Screener screener = new Screener(index);
      out.printf("index: %d parties, %d names; build %d ms (%s); %s took %d ms%n", index.meta().parties(),
          index.meta().names(), index.meta().buildMillis(), index.meta().builtAt(), rebuild ? "rebuild+open" : "open",
          openMillis);
      NameVariants generator = new NameVariants(index.parties(), seed);
      List<NameVariants.Generated> names = switch (mix) {
        case "realistic" -> generator.realistic(count, spec.commandLine().getParseResult().hasMatchedOption(
            "--listed-share") ? listedShare : 0.25);
        case "variants" -> generator.generate(count, listedShare);
        default -> throw new ParameterException(spec.commandLine(), "--mix must be realistic or variants, got '"
            + mix + "'");
      };
      out.printf("mix: %s, %d names%n", mix, count);
      int warm = Math.min(20_000, count);
      for (int i = 0; i < warm; i++) {
        screener.screen(MatchQuery.of(names.get(i).name()));
      }
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long[] latency = new long[count];
      AtomicLong listed = new AtomicLong();
      AtomicLong listedTop1 = new AtomicLong();
      AtomicLong unlisted = new AtomicLong();
      AtomicLong unlistedHit = new AtomicLong();
      long[] latinNanos = new long[count];
      boolean[] latinName = new boolean[count];
      double seconds = runParallel(count, threads, i -> {
        NameVariants.Generated g = names.get(i);
        long s = System.nanoTime();
        List<Match> m = screener.screen(MatchQuery.of(g.name()));
        latency[i] = System.nanoTime() - s;
        latinName[i] = isAscii(g.name());
        latinNanos[i] = latency[i];
        if (g.expectedParty().isEmpty()) {
          unlisted.incrementAndGet();
          if (!m.isEmpty()) {
            unlistedHit.incrementAndGet();
          }
        } else {
          listed.incrementAndGet();
          if (!m.isEmpty() && m.getFirst().party().id().equals(g.expectedParty())) {
            listedTop1.incrementAndGet();
          }
        }
      });
      long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long[] latin = IntStream.range(0, count).filter(i -> latinName[i]).mapToLong(i -> latinNanos[i]).sorted()
          .toArray();
      long[] other = IntStream.range(0, count).filter(i -> !latinName[i]).mapToLong(i -> latinNanos[i]).sorted()
          .toArray();
      Arrays.sort(latency);
      out.printf("screened %,d names with %d threads in %.1f s: %,.0f names/s%n", count, threads, seconds,
          count / seconds);
      out.printf("latency per name: p50 %.0f us, p99 %.0f us, max %.1f ms%n", latency[count / 2] / 1e3,
          latency[(int) (count * 0.99)] / 1e3, latency[count - 1] / 1e6);
      for (long[] part : List.of(latin, other)) {
        if (part.length > 0) {
          out.printf("  %s names (%d): p50 %.0f us, p99 %.0f us%n", part == latin ? "ASCII" : "non-ASCII",
              part.length, part[part.length / 2] / 1e3, part[(int) (part.length * 0.99)] / 1e3);
        }
      }
      out.printf("peak heap during screening: %,d MB (max heap %,d MB)%n", peakHeap >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
      out.printf("accuracy: listed variants top-1 %.4f (%d), unlisted names matched %.4f (%d)%n",
          listedTop1.get() / (double) Math.max(1, listed.get()), listed.get(),
          unlistedHit.get() / (double) Math.max(1, unlisted.get()), unlisted.get());
      index.close();
      return 0;
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code bench goods}. */
  @Command(name = "goods", mixinStandardHelpOptions = true,
      description = "Classify the descriptions of a labelled file over and over; print descriptions/s.")
  static final class Goods implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, description = "A file with a 'text' column, e.g. the labelled set.")
    Path file;

    @Option(names = "--count", description = "How many classifications (default ${DEFAULT-VALUE}).")
    int count = 200_000;

    @Option(names = "--threads", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      GoodsCatalog goods = bench.workspace(spec).openCatalog();
      long t0 = System.nanoTime();
      var classifier = goods.newClassifier();
      out.printf("classifier built in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      List<String> texts = CsvHeader.column(file, "text", false);
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(file + ": no descriptions in column 'text'");
      }
      for (int i = 0; i < Math.min(count, 20_000); i++) {
        classifier.classify(texts.get(i % texts.size()), 3);
      }
      double seconds = runParallel(count, threads, i -> classifier.classify(texts.get(i % texts.size()), 3));
      out.printf("classified %,d descriptions with %d threads in %.1f s: %,.0f descriptions/s%n", count, threads,
          seconds, count / seconds);
      return 0;
    }
  }
}

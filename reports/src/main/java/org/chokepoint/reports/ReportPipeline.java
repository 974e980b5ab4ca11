package org.chokepoint.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.reports.clean.CleanText;
import org.chokepoint.reports.clean.Cleaner;
import org.chokepoint.reports.extract.Extraction;
import org.chokepoint.reports.extract.Extractor;
import org.chokepoint.reports.extract.ListLinker;
import org.chokepoint.reports.read.DocumentReader;
import org.chokepoint.reports.read.SourceDocument;
import org.chokepoint.reports.story.Consolidator;
import org.chokepoint.reports.story.RepeatedClaim;
import org.chokepoint.reports.story.Story;
import org.chokepoint.reports.story.StoryClusterer;

/**
 * Reads, cleans and extracts reports, and groups them into consolidated stories. A document that cannot be read
 * becomes a {@link ReportDocument#failed failed} entry with the reason; the rest of the batch goes on. Documents in
 * a language other than English are cleaned and get what needs no English grammar: countries, figures, stances.
 */
public final class ReportPipeline {
  /**
   * The result of one run: every document in input order, and the stories they form.
   *
   * @param storyOf for each document, the index of its story in {@code stories}, or -1 when it could not be read
   */
  public record Run(List<ReportDocument> documents, List<Story> stories, int[] storyOf) {
    /** The id of the story document {@code doc} (its index in input order) belongs to, "" when it has none. */
    public String storyId(int doc) {
      return storyOf[doc] < 0 ? "" : stories.get(storyOf[doc]).id();
    }

    /**
     * The story with {@code id}. An id of the old positional form {@code story-N} (N a number) still names the N-th
     * story of the run, so links written before ids were derived from events keep working; such a link is not stable.
     */
    public Optional<Story> story(String id) {
      Optional<Story> exact = stories.stream().filter(s -> s.id().equals(id)).findFirst();
      if (exact.isPresent() || id == null || !id.matches("story-\\d{1,6}")) {
        return exact;
      }
      int n = Integer.parseInt(id.substring("story-".length()));
      return n >= 1 && n <= stories.size() ? Optional.of(stories.get(n - 1)) : Optional.empty();
    }

    /** Claims that recur in two or more stories of this run, each with the stories (events) that make it. */
    public List<RepeatedClaim> repeatedClaims() {
      return Consolidator.acrossStories(stories);
    }
  }

  private final Extractor extractor;

  public ReportPipeline(GoodsCatalog catalog, ListLinker linker) {
    this.extractor = new Extractor(catalog, linker);
  }

  /** Processes one file. */
  public ReportDocument process(Path file) {
    String name = file.getFileName().toString();
    try {
      return process(DocumentReader.read(file));
    } catch (IOException | RuntimeException e) {
      return ReportDocument.failed(name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Processes a document given as bytes (an upload). */
  public ReportDocument process(String name, byte[] bytes) {
    try {
      return process(DocumentReader.parse(name, bytes));
    } catch (IOException | RuntimeException e) {
      return ReportDocument.failed(name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private ReportDocument process(SourceDocument source) {
    CleanText clean = Cleaner.clean(source);
    List<String> warnings = new ArrayList<>(source.warnings());
    Extraction extraction = Extraction.EMPTY;
    if (clean.paragraphs().isEmpty()) {
      warnings.add("no article body found");
    } else if (clean.language().equals("en") || clean.language().equals("und")) {
      extraction = extractor.extract(clean.text(), clean.published());
    } else {
      extraction = extractor.extractForeign(clean.text(), clean.language());
      warnings.add("language '" + clean.language() + "': read without English grammar (countries, figures, "
          + "denials and objections, listed names); text kept as is");
    }
    return new ReportDocument(source.doc(), clean.title(), source.url(), clean.published(), clean.language(),
        clean.text(), clean.removed(), extraction, warnings, "");
  }

  /** Processes files on {@code threads} threads, keeping input order, then clusters and consolidates. */
  public Run run(List<Path> files, int threads) {
    List<ReportDocument> docs = new ArrayList<>(files.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
      List<Future<ReportDocument>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> process(f)));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          docs.add(futures.get(i).get());
        } catch (ExecutionException e) {
          docs.add(ReportDocument.failed(files.get(i).getFileName().toString(), String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    }
    return stories(docs);
  }

  /** Clusters already processed documents into stories. */
  public static Run stories(List<ReportDocument> docs) {
    StoryClusterer.Clusters clusters = StoryClusterer.cluster(docs);
    List<Story> stories = Consolidator.stories(docs, clusters);
    int[] storyOf = new int[docs.size()];
    java.util.Arrays.fill(storyOf, -1);
    for (int s = 0; s < stories.size(); s++) {
      for (Story.Member m : stories.get(s).documents()) {
        for (int i = 0; i < docs.size(); i++) {
          if (docs.get(i).doc().equals(m.doc()) && docs.get(i).ok()) {
            storyOf[i] = s;
          }
        }
      }
    }
    return new Run(List.copyOf(docs), stories, storyOf);
  }

  /** The files a run reads: the given files, and the regular files inside given folders, sorted by name. */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}

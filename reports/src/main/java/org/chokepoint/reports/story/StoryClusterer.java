package org.chokepoint.reports.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.text.PartialDates;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.Figure;
import org.chokepoint.reports.extract.GoodsMention;

/**
 * Groups reports into stories, one per real-world event. Two reports belong together when they share a source text
 * (MinHash of word 5-grams: reprints, rewrites) or much of what they say (a weighted overlap of named organisations,
 * people, goods, figures and claims), and their events agree: event dates (read by {@link EventReader}) at most
 * {@value #EVENT_DAYS_APART} days apart, a response never with what it answers, the same counts of targets, and
 * publications at most {@value #MAX_DAYS_APART} days apart. Reports whose events cannot be dated to the day need a
 * stronger overlap; shared figures or a shared topic alone never merge. Links are taken strongest first, and a report
 * joins a story only if it agrees with every report already in it. Candidate pairs come from an inverted index over
 * features and MinHash bands (features shared by more than 200 documents say nothing about one event and are skipped),
 * so a run of 100,000 documents never compares all pairs.
 */
public final class StoryClusterer {
  /** Reports published further apart than this are different events. */
  public static final int MAX_DAYS_APART = 30;
  /** Text similarity above which a report is a reprint (not an independent source). */
  public static final double REPRINT = 0.5;
  static final double SAME_STORY = 0.2;
  private static final int BANDS = 16;
  private static final int ROWS = MinHash.SIZE / BANDS;

  /** The result: a story number per document, a source group per document (reprints share one), and events. */
  public record Clusters(int[] story, int[] sourceGroup, List<ReportEvent> events) {}

  /** Feature overlap above which undated reports, or reports whose events cannot be compared, are one story. */
  static final double STRONG = 0.25;
  /** Text similarity above which two reports share a source text (rewrites, translations of one wire story). */
  static final double SHARED_TEXT = 0.15;
  /** Event dates further apart than this (in days) are different events. */
  static final int EVENT_DAYS_APART = 2;
  /** The most members a story keeps for checking that a new report agrees with it. */
  static final int MAX_REPRESENTATIVES = 12;

  private record Profile(long[] minHash, Map<String, Double> features, String published, Set<Long> listingCounts,
      ReportEvent event, long eventDay, long publishedDay) {
    Profile(long[] minHash, Map<String, Double> features, String published, Set<Long> listingCounts,
        ReportEvent event) {
      this(minHash, features, published, listingCounts, event, day(event.date()), day(published));
    }

    private static long day(String iso) {
      return iso.length() == 10 ? LocalDate.parse(iso).toEpochDay() : Long.MIN_VALUE;
    }
  }

  private StoryClusterer() {}

  public static Clusters cluster(List<ReportDocument> docs) {
    int n = docs.size();
    List<Profile> profiles = new ArrayList<>(n);
    for (ReportDocument d : docs) {
      profiles.add(profile(d));
    }
    Set<Long> pairs = candidates(profiles);
    UnionFind stories = new UnionFind(n);
    UnionFind sources = new UnionFind(n);
    List<double[]> links = new ArrayList<>();
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      Profile pa = profiles.get(a);
      Profile pb = profiles.get(b);
      if (!docs.get(a).ok() || !docs.get(b).ok()) {
        continue;
      }
      double text = MinHash.similarity(pa.minHash(), pb.minHash());
      if (text >= REPRINT) {
        sources.union(a, b);
        links.add(new double[] {2 + text, a, b});
        continue;
      }
      if (vetoed(pa, pb)) {
        continue;
      }
      double overlap = overlap(pa.features(), pb.features());
      double bar = pa.event().dated() && pb.event().dated() ? SAME_STORY : STRONG;
      if (text >= SHARED_TEXT || overlap >= bar) {
        links.add(new double[] {1 + Math.max(text, overlap), a, b});
      }
    }
    links.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    Map<Integer, List<Integer>> members = new HashMap<>();
    Set<Long> refused = new HashSet<>();
    for (double[] link : links) {
      int a = (int) link[1];
      int b = (int) link[2];
      int ra = stories.find(a);
      int rb = stories.find(b);
      if (ra == rb) {
        continue;
      }
      List<Integer> left = members.getOrDefault(ra, List.of(ra));
      List<Integer> right = members.getOrDefault(rb, List.of(rb));
      long key = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
      if (link[0] < 2 && (refused.contains(key) || cannotLink(left, right, profiles))) {
        refused.add(key);
        continue;
      }
      stories.union(a, b);
      members.remove(ra);
      members.remove(rb);
      members.put(stories.find(a), representatives(left, right, profiles));
    }
    return new Clusters(stories.numbered(), sources.numbered(), profiles.stream().map(Profile::event).toList());
  }

  /**
   * The members a story keeps for the cannot-link check: one per distinct event constraint (date, response or not,
   * counts, publication), at most {@value #MAX_REPRESENTATIVES}, so a story of thousands of reports of one event is
   * checked in constant time.
   */
  private static List<Integer> representatives(List<Integer> left, List<Integer> right, List<Profile> profiles) {
    Map<String, Integer> distinct = new LinkedHashMap<>();
    for (List<Integer> side : List.of(left, right)) {
      for (int m : side) {
        Profile p = profiles.get(m);
        String key = p.event().date() + "|" + p.event().action().equals("response") + "|" + p.listingCounts() + "|"
            + p.published();
        if (distinct.size() < MAX_REPRESENTATIVES) {
          distinct.putIfAbsent(key, m);
        }
      }
    }
    return List.copyOf(distinct.values());
  }

  /**
   * Whether two groups hold reports of events known to differ: a report joins a story only if it is compatible with
   * every report already in it, so an undated report cannot chain two different sanctions rounds together.
   */
  private static boolean cannotLink(List<Integer> left, List<Integer> right, List<Profile> profiles) {
    for (int x : left) {
      for (int y : right) {
        if (vetoed(profiles.get(x), profiles.get(y))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean vetoed(Profile a, Profile b) {
    ReportEvent x = a.event();
    ReportEvent y = b.event();
    if (!x.action().isEmpty() && !y.action().isEmpty()
        && x.action().equals("response") != y.action().equals("response")) {
      return true;
    }
    if (a.eventDay() != Long.MIN_VALUE && b.eventDay() != Long.MIN_VALUE) {
      if (Math.abs(a.eventDay() - b.eventDay()) > EVENT_DAYS_APART) {
        return true;
      }
    } else if (!x.date().isEmpty() && !y.date().isEmpty() && !PartialDates.compatible(x.date(), y.date())) {
      return true;
    }
    if (a.publishedDay() != Long.MIN_VALUE && b.publishedDay() != Long.MIN_VALUE
        && Math.abs(a.publishedDay() - b.publishedDay()) > MAX_DAYS_APART) {
      return true;
    }
    if (!a.listingCounts().isEmpty() && !b.listingCounts().isEmpty()) {
      for (long c : a.listingCounts()) {
        if (b.listingCounts().contains(c)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static double overlap(Map<String, Double> a, Map<String, Double> b) {
    double shared = 0;
    double all = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      all += e.getValue();
      if (b.containsKey(e.getKey())) {
        shared += e.getValue();
      }
    }
    for (Map.Entry<String, Double> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        all += e.getValue();
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  private static Set<Long> candidates(List<Profile> profiles) {
    int n = profiles.size();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String f : profiles.get(i).features().keySet()) {
        postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
      long[] sig = profiles.get(i).minHash();
      for (int band = 0; band < BANDS; band++) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
          h = h * 1_000_003L + sig[band * ROWS + r];
        }
        if (sig[band * ROWS] != Long.MAX_VALUE) {
          postings.computeIfAbsent("#" + h, k -> new ArrayList<>()).add(i);
        }
      }
    }
    int cap = 200;
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> docs : postings.values()) {
      if (docs.size() < 2 || docs.size() > cap) {
        continue;
      }
      for (int x = 0; x < docs.size(); x++) {
        for (int y = x + 1; y < docs.size(); y++) {
          pairs.add(((long) docs.get(x) << 32) | docs.get(y));
        }
      }
    }
    return pairs;
  }

  private static Profile profile(ReportDocument d) {
    Map<String, Double> f = new LinkedHashMap<>();
    for (EntityMention e : d.extraction().entities()) {
      switch (e.type()) {
        case ORGANIZATION -> f.merge("org:" + e.key(), e.id().isEmpty() ? 2.0 : 3.0, Math::max);
        case PERSON -> f.merge("person:" + e.name().toLowerCase(Locale.ROOT), 1.0, Math::max);
        case COUNTRY -> { }
      }
    }
    for (GoodsMention g : d.extraction().goods()) {
      f.merge("goods:" + g.key(), 1.0, Math::max);
    }
    for (Figure fig : d.extraction().figures()) {
      if (!fig.unit().equals("count")) {
        f.merge("figure:" + fig.unit() + ":" + Math.round(fig.value()), 1.0, Math::max);
      }
    }
    Set<Long> counts = new HashSet<>();
    for (Claim c : d.extraction().claims()) {
      if ((c.kind() == ClaimKind.ENTITY_LISTING || c.kind() == ClaimKind.SANCTION) && c.figure() != null
          && c.figure().unit().equals("count")) {
        counts.add(Math.round(c.figure().value()));
      }
      if (c.kind() != ClaimKind.STATEMENT) {
        f.merge("claim:" + Consolidator.key(c), 2.0, Math::max);
      }
    }
    String reference = d.published().length() == 10 ? d.published() : EventReader.latestRemovedDate(d);
    return new Profile(MinHash.of(d.text()), f, reference, counts, EventReader.read(d));
  }

  /** Disjoint sets over document numbers. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    /** Set numbers 1, 2, … in order of each set's first member. */
    int[] numbered() {
      int[] out = new int[parent.length];
      Map<Integer, Integer> ids = new HashMap<>();
      for (int i = 0; i < parent.length; i++) {
        out[i] = ids.computeIfAbsent(find(i), k -> ids.size() + 1);
      }
      return out;
    }
  }
}

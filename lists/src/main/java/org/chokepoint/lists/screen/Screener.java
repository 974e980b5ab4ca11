package org.chokepoint.lists.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.core.model.Identifier;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.text.PartialDates;
import org.chokepoint.lists.index.CandidateRetriever;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.match.LegalForms;
import org.chokepoint.lists.match.NameComparison;
import org.chokepoint.lists.match.NameParts;
import org.chokepoint.lists.match.NameScorer;
import org.chokepoint.lists.match.Phonetic;

/**
 * Screens a name against the lists: retrieves candidate names from the Lucene index (words, trigrams, sound keys,
 * so no query scans the corpus), re-scores every name of each candidate party with the {@link NameScorer}, then
 * applies the query's hints. Thread-safe.
 */
public final class Screener {
  /** Name documents retrieved per query before re-scoring. */
  static final int CANDIDATES = 20;
  private static final int MAX_QUERY_WORDS = 12;
  /** Words in more names than this only retrieve when they are among a query's two rarest. */
  private static final int COMMON_DOCS = 2000;
  /** Candidates retrieved with less than this share of the best candidate's retrieval score are not re-scored. */
  static final float RETRIEVAL_FLOOR = 0.5f;
  private static final int MAX_GRAM_CLAUSES = 8;
  /** Trigram clauses per query word: its rarest ones, so every word can still be found with a typo in it. */
  private static final int GRAMS_PER_WORD = 2;
  /** Hints only raise a score whose name part is at least this good: a birth date alone never matches. */
  static final double HINT_GATE = 0.5;
  static final double COUNTRY_BOOST = 0.03;
  static final double BIRTH_DATE_BOOST = 0.05;
  static final double IDENTIFIER_BOOST = 0.2;

  private final ScreeningIndex index;
  private final NameScorer scorer;
  private final LegalForms forms = LegalForms.standard();
  private final ScreeningProvenance provenance;

  public Screener(ScreeningIndex index) {
    this.index = index;
    this.scorer = new NameScorer(index.weights());
    this.provenance = ScreeningProvenance.of(index);
  }

  public ScreeningIndex index() {
    return index;
  }

  /** What produces this screener's answers: algorithm version, index build, list versions. */
  public ScreeningProvenance provenance() {
    return provenance;
  }

  public NameScorer scorer() {
    return scorer;
  }

  /** The matches at or above the query's threshold, best first, at most {@code limit}. */
  public List<Match> screen(MatchQuery q) {
    return screen(q, null);
  }

  /**
   * As {@link #screen(MatchQuery)}, against only the parties holding one of {@code entityIds} (delta screening:
   * the entries added or changed since a date); all parties when null.
   */
  public List<Match> screen(MatchQuery q, Set<String> entityIds) {
    NameParts asOther = NameParts.of(q.name(), q.schema(), forms);
    QueryNames names = new QueryNames(q.name(), asOther, q.schema() == Schema.PERSON ? asOther : null);
    List<String> words = asOther.tokens();
    if (words.isEmpty()) {
      return List.of();
    }
    NameParts japanese = asOther.japaneseReading();
    if (japanese != null) {
      words = new ArrayList<>(words);
      words.addAll(japanese.tokens());
    }
    List<CandidateRetriever.Hit> top;
    try {
      top = index.retriever().top(clauses(words), CANDIDATES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Integer, List<Integer>> namesByParty = new LinkedHashMap<>();
    float floor = top.isEmpty() ? 0 : top.getFirst().score() * RETRIEVAL_FLOOR;
    for (CandidateRetriever.Hit hit : top) {
      if (hit.score() < floor) {
        break;
      }
      namesByParty.computeIfAbsent(index.partyOfName(hit.name()), k -> new ArrayList<>(2)).add(hit.name());
    }
    List<Match> matches = new ArrayList<>();
    NameScorer.QueryCache[] caches = new NameScorer.QueryCache[4];
    for (var e : namesByParty.entrySet()) {
      Party party = index.parties().get(e.getKey());
      if (!q.exclude().isEmpty() && isExcluded(party, q.exclude())
          || entityIds != null && !isExcluded(party, entityIds)) {
        continue;
      }
      Match m = evaluate(q, names, e.getKey(), e.getValue(), caches);
      if (m != null && m.score() >= q.threshold()) {
        matches.add(m);
      }
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparing(m -> -m.party().listings().size()).thenComparing(m -> m.party().id()));
    return matches.size() > q.limit() ? List.copyOf(matches.subList(0, q.limit())) : List.copyOf(matches);
  }

  /**
   * The rarest known trigram of each half of a word: a typo spoils the grams around it, and often makes rare ones,
   * so taking the two rarest overall would often take two spoiled ones.
   */
  private static List<GramFrequency> rarestPerHalf(CandidateRetriever retriever, List<String> grams)
      throws IOException {
    List<GramFrequency> out = new ArrayList<>(GRAMS_PER_WORD);
    int half = (grams.size() + 1) / 2;
    for (List<String> part : List.of(grams.subList(0, half), grams.subList(half, grams.size()))) {
      GramFrequency best = null;
      for (String gram : part) {
        int df = retriever.docFreq(ScreeningIndex.FIELD_GRAM, gram);
        if (df > 0 && df <= COMMON_DOCS * 2 && (best == null || df < best.names())) {
          best = new GramFrequency(gram, df);
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  /** A trigram and the number of names that contain it. */
  private record GramFrequency(String gram, int names) {}

  /** Whether the party or any of its list entries has an excluded id. */
  static boolean isExcluded(Party party, Set<String> exclude) {
    if (exclude.contains(party.id())) {
      return true;
    }
    for (var e : party.entities()) {
      if (exclude.contains(e.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The weighted terms of a query: each word (common words only when among the two rarest), sound keys of the two
   * rarest words, and the rarest trigrams of each word.
   */
  private List<CandidateRetriever.Clause> clauses(List<String> words) throws IOException {
    CandidateRetriever retriever = index.retriever();
    List<String> ranked = words.stream().distinct()
        .sorted(Comparator.comparingDouble((String w) -> -scorer.weights().weight(w))).limit(MAX_QUERY_WORDS).toList();
    List<CandidateRetriever.Clause> clauses = new ArrayList<>();
    int gramClauses = 0;
    for (int i = 0; i < ranked.size(); i++) {
      String w = ranked.get(i);
      float weight = (float) scorer.weights().weight(w);
      if (i < 2 || scorer.weights().documentFrequency().getOrDefault(w, 0) <= COMMON_DOCS) {
        clauses.add(new CandidateRetriever.Clause(ScreeningIndex.FIELD_TOKEN, w, 2 * weight));
      }
      if (i < 2 && w.length() >= 4) {
        clauses.add(new CandidateRetriever.Clause(ScreeningIndex.FIELD_SOUND, Phonetic.key(w), weight));
      }
      if (gramClauses >= MAX_GRAM_CLAUSES) {
        continue;
      }
      List<String> grams = ScreeningIndex.grams(w);
      for (GramFrequency g : rarestPerHalf(retriever, grams)) {
        if (gramClauses < MAX_GRAM_CLAUSES) {
          clauses.add(new CandidateRetriever.Clause(ScreeningIndex.FIELD_GRAM, g.gram(), weight));
          gramClauses++;
        }
      }
    }
    return clauses;
  }


  /** The query name prepared as given and, when a person is among the candidates, as a person's name. */
  private final class QueryNames {
    private final String raw;
    private final NameParts asOther;
    private NameParts asPerson;

    QueryNames(String raw, NameParts asOther, NameParts asPerson) {
      this.raw = raw;
      this.asOther = asOther;
      this.asPerson = asPerson;
    }

    private double[] personWeights;
    private double[] otherWeights;

    NameParts asPerson() {
      if (asPerson == null) {
        asPerson = NameParts.of(raw, Schema.PERSON, forms);
      }
      return asPerson;
    }

    double[] personWeights() {
      if (personWeights == null) {
        personWeights = scorer.weightsOf(asPerson());
      }
      return personWeights;
    }

    double[] otherWeights() {
      if (otherWeights == null) {
        otherWeights = scorer.weightsOf(asOther);
      }
      return otherWeights;
    }
  }

  /** Scores the retrieved names of a party against the query and applies the hints; null when none compares. */
  Match evaluate(MatchQuery q, QueryNames queryNames, int partyOrd, List<Integer> names,
      NameScorer.QueryCache[] caches) {
    Party party = index.parties().get(partyOrd);
    boolean person = party.schema() == Schema.PERSON || q.schema() == Schema.PERSON;
    NameParts queryParts = party.schema() == Schema.PERSON ? queryNames.asPerson() : queryNames.asOther;
    double[] queryWeights = party.schema() == Schema.PERSON ? queryNames.personWeights() : queryNames.otherWeights();
    int slot = (party.schema() == Schema.PERSON ? 0 : 2) + (person ? 0 : 1);
    if (caches[slot] == null) {
      caches[slot] = new NameScorer.QueryCache(person);
    }
    NameScorer.QueryCache cache = caches[slot];
    NameComparison best = null;
    int bestOrd = -1;
    for (int ord : names) {
      NameComparison c = scorer.compare(queryParts, queryWeights, index.partsOfName(ord), index.weightsOfName(ord),
          person, cache);
      double s = c.score() - (index.kindOfName(ord).isWeak() ? WEAK_ALIAS_COST : 0);
      if (best == null || s > best.score() - (index.kindOfName(bestOrd).isWeak() ? WEAK_ALIAS_COST : 0)) {
        best = c;
        bestOrd = ord;
      }
    }
    if (best == null || best.score() <= 0 || best.score() + maxBoost(q) < q.threshold()) {
      return null;
    }
    List<Feature> features = new ArrayList<>();
    double nameScore = best.score();
    NameKind kind = index.kindOfName(bestOrd);
    if (kind.isWeak()) {
      features.add(new Feature("weak_alias", -WEAK_ALIAS_COST, "matched a weak alias"));
    }
    addHints(q, party, nameScore, features);
    double total = nameScore + features.stream().mapToDouble(Feature::contribution).sum();
    double score = Math.round(Math.max(0, Math.min(1, total)) * 1000) / 1000.0;
    return new Match(party, score, nameScore, index.valueOfName(bestOrd), kind, best, features);
  }

  static final double WEAK_ALIAS_COST = 0.05;

  /** The most the query's hints could add, so candidates that cannot reach the threshold are dropped early. */
  private static double maxBoost(MatchQuery q) {
    return (q.countries().isEmpty() ? 0 : COUNTRY_BOOST) + (q.birthDate().isEmpty() ? 0 : BIRTH_DATE_BOOST)
        + (q.identifiers().isEmpty() ? 0 : IDENTIFIER_BOOST);
  }

  private static void addHints(MatchQuery q, Party party, double nameScore, List<Feature> features) {
    boolean gate = nameScore >= HINT_GATE;
    if (q.schema() != Schema.LEGAL_ENTITY && !q.schema().compatibleWith(party.schema())) {
      features.add(new Feature("schema", -0.25, q.schema().label() + " vs " + party.schema().label()));
    }
    List<String> countries = party.countries();
    if (!q.countries().isEmpty() && !countries.isEmpty()) {
      boolean overlap = q.countries().stream().anyMatch(c -> countries.contains(c.toLowerCase(Locale.ROOT)));
      features.add(overlap ? positive("country", COUNTRY_BOOST, "country " + q.countries() + " matches", gate)
          : new Feature("country", -0.08, "query countries " + q.countries() + " not in " + countries));
    }
    List<String> dates = party.birthDates();
    if (!q.birthDate().isEmpty() && !dates.isEmpty() && party.schema() == Schema.PERSON) {
      String dob = PartialDates.parse(q.birthDate());
      boolean exact = dob.length() == 10 && dates.contains(dob);
      boolean compatible = dates.stream().anyMatch(d -> PartialDates.compatible(d, dob));
      if (exact) {
        features.add(positive("birth_date", BIRTH_DATE_BOOST, "birth date " + dob + " matches", gate));
      } else if (compatible) {
        features.add(positive("birth_date", 0.02, "birth date " + dob + " compatible with " + dates, gate));
      } else {
        features.add(new Feature("birth_date", -0.15, "birth date " + dob + " not in " + dates));
      }
    }
    if (!q.identifiers().isEmpty()) {
      Set<String> keys = new HashSet<>();
      party.identifiers().forEach(i -> keys.add(i.key()));
      for (String id : q.identifiers()) {
        String key = Identifier.normalise(id);
        if (!key.isEmpty() && keys.contains(key)) {
          features.add(positive("identifier", IDENTIFIER_BOOST, "identifier " + id + " matches", gate));
          break;
        }
      }
    }
  }

  private static Feature positive(String name, double value, String detail, boolean gate) {
    return gate ? new Feature(name, value, detail) : new Feature(name, 0, detail + " (ignored: name score below "
        + HINT_GATE + ")");
  }

  /** The matched words and their alignment, for callers that print explanations. */
  public static String describe(NameComparison c) {
    StringBuilder out = new StringBuilder();
    c.aligned().forEach(t -> out.append(t.query()).append('=').append(t.candidate()).append(' '));
    return out.toString().strip() + (c.notes().isEmpty() ? "" : " " + Arrays.toString(c.notes().toArray()));
  }
}

package org.chokepoint.lists.match;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.chokepoint.core.country.Countries;

/**
 * Scores how well two prepared names match, in [0,1]. Words are aligned one to one regardless of order, with
 * typo tolerance growing with word length; every word carries its {@link TokenWeights weight}, so rare words
 * decide and generic ones barely count; words left unmatched on either side cost their weight (list-side extras
 * a little less, as lists often carry fuller names). Numbers must match exactly, a name of only generic words or
 * only a legal form matches nothing, and names written without spaces are compared as one string.
 */
public final class NameScorer {
  /** Share of its weight a list-side word costs when the query does not have it. */
  static final double CANDIDATE_EXTRA_COST = 0.7;
  /** Extra share of their weight that words swapped for other words cost. */
  static final double SWAP_EXTRA_COST = 1.0;
  /**
   * Share of their weight that left-out words cost when one person's name is the other's with words left out
   * (middle names, patronymics, tribal names): lists and documents often give shorter or longer forms of a name.
   */
  static final double OMISSION_COST = 0.45;
  /**
   * Applied when numbers differ: series and vintage numbers ("Fund XII"/"Fund XIII", "Trust 2004-1"/"2005-1") mark
   * related parties that labelled data treats as the same family, so a differing number is weak evidence.
   */
  static final double NUMBER_FACTOR = 0.95;
  /** Applied when only one name carries a number ("Solutions" / "Solutions II"): another vehicle of the family. */
  static final double ADDED_NUMBER_FACTOR = 0.75;
  /** Taken off when both names carry legal forms of different kinds: a GmbH and an AG of one name are two entities. */
  static final double LEGAL_FORM_COST = 0.3;
  /** Taken off when the forms differ but one is only a generic word ("Co.", "Corporation"). */
  static final double GENERIC_FORM_COST = 0.03;
  /** Taken off when a country is named on one side only ("Banco Santander Chile"). */
  static final double COUNTRY_WORD_COST = 0.15;
  /** Taken off when each side names a different country ("… Bank of Kazakhstan" / "… Bank of Kyrgyzstan"). */
  static final double OTHER_COUNTRY_COST = 0.35;
  /** Taken off when one side adds a word that makes a related entity ("Trust Company", "Fund", "Series"). */
  static final double FAMILY_WORD_COST = 0.25;
  /** Factor for names whose matched words stand in another order ("Putin Vladimir"): close, never identical. */
  static final double ORDER_FACTOR = 0.97;
  /** The highest score two names that are not word for word the same can get: scores keep ranking. */
  static final double NOT_IDENTICAL_CAP = 0.99;
  /** Words that turn a company's name into a related vehicle's: a trust company, fund or series of it. */
  private static final Set<String> FAMILY_WORDS = Set.of("trust", "fund", "funds", "series",
      "feeder", "master", "portfolio", "sicav", "trustee", "trustees", "nominee", "nominees");
  /** Patronymic and kunya particles: words are not reordered across them ("Rashid bin Said" ≠ "Said bin Rashid"). */
  private static final Set<String> CHAIN_PARTICLES = Set.of("bin", "ould", "abu", "umm",
      "walad", "ibnu", "binti");
  private final TokenWeights weights;

  public NameScorer(TokenWeights weights) {
    this.weights = weights;
  }

  public TokenWeights weights() {
    return weights;
  }

  /** Compares a query name with a list name; {@code person} enables initials and disables prefix abbreviations. */
  public NameComparison compare(NameParts query, NameParts candidate, boolean person) {
    return compare(query, weightsOf(query), candidate, weightsOf(candidate), person);
  }

  /** The weight of each word of a prepared name, for callers that compare one name many times. */
  public double[] weightsOf(NameParts name) {
    double[] w = new double[name.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.weight(name.tokens().get(i));
    }
    return w;
  }

  /** As {@link #compare(NameParts, NameParts, boolean)}, with the words' weights already known. */
  public NameComparison compare(NameParts query, double[] wq, NameParts candidate, double[] wc, boolean person) {
    return compare(query, wq, candidate, wc, person, null);
  }

  /**
   * Remembers word similarities for one query across many candidates: candidates share words ("wuhan",
   * "technology"), so each pair is computed once. Not thread-safe; one per query.
   */
  public static final class QueryCache {
    private final HashMap<String, double[]> byCandidateWord = new HashMap<>();
    private final boolean person;

    public QueryCache(boolean person) {
      this.person = person;
    }
  }

  /** As above, reusing word similarities from {@code cache} when given (its person flag must match). */
  public NameComparison compare(NameParts query, double[] wq, NameParts candidate, double[] wc, boolean person,
      QueryCache cache) {
    if (cache != null && cache.person != person) {
      throw new IllegalArgumentException("cache built for person=" + cache.person + ", used with person=" + person);
    }
    if (query.isEmpty()) {
      return NameComparison.none(query.legalForms().isEmpty() ? "query has no words" : "query is only a legal form");
    }
    if (candidate.isEmpty()) {
      return NameComparison.none("list name has no words");
    }
    boolean cjkQuery = CjkNames.isCjk(query.original());
    if (cjkQuery && CjkNames.isCjk(candidate.original())) {
      return CjkNames.compare(query.original(), candidate.original());
    }
    NameComparison result = align(query, wq, candidate, wc, person, cache);
    NameParts japanese = cjkQuery && person ? query.japaneseReading() : null;
    if (japanese != null && !japanese.isEmpty()) {
      NameComparison asJapanese = align(japanese, weightsOf(japanese), candidate, wc, person, null);
      if (asJapanese.score() > result.score()) {
        List<String> notes = new ArrayList<>(asJapanese.notes());
        notes.add("read as Japanese: " + String.join(" ", japanese.tokens()));
        return new NameComparison(asJapanese.score(), asJapanese.aligned(), asJapanese.queryOnly(),
            asJapanese.candidateOnly(), notes);
      }
    }
    return result;
  }

  private NameComparison align(NameParts query, double[] wq, NameParts candidate, double[] wc, boolean person,
      QueryCache queryCache) {
    int script = isAbjad(query.original()) || isAbjad(candidate.original()) ? ABJAD
        : isHangul(query.original()) || isHangul(candidate.original()) ? HANGUL : 0;
    QueryCache cache = script != 0 ? null : queryCache;
    List<String> q = query.tokens();
    List<String> c = candidate.tokens();
    int n = q.size();
    int m = c.size();
    int[] matchOfQ = new int[n];
    int[] matchOfC = new int[m];
    Arrays.fill(matchOfQ, -1);
    Arrays.fill(matchOfC, -1);
    double[] sims = new double[n * m];
    for (int j = 0; j < m; j++) {
      double[] known = cache == null ? null : cache.byCandidateWord.get(c.get(j));
      if (known == null) {
        known = new double[n];
        for (int i = 0; i < n; i++) {
          known[i] = similarity(q.get(i), c.get(j), person, script);
        }
        if (cache != null) {
          cache.byCandidateWord.put(c.get(j), known);
        }
      }
      for (int i = 0; i < n; i++) {
        sims[i * m + j] = known[i];
      }
    }
    if (person) {
      forbidCrossChainPairs(q, c, sims);
    }
    List<TokenMatch> aligned = new ArrayList<>(Math.min(n, m));
    double matched = 0;
    for (int round = Math.min(n, m); round > 0; round--) {
      int best = -1;
      double bestSim = 0;
      double bestWeight = 0;
      for (int k = 0; k < sims.length; k++) {
        double sk = sims[k];
        if (sk <= 0 || sk < bestSim) {
          continue;
        }
        double w = wq[k / m] + wc[k % m];
        if (sk > bestSim || w > bestWeight) {
          best = k;
          bestSim = sk;
          bestWeight = w;
        }
      }
      if (best < 0) {
        break;
      }
      int i = best / m;
      int j = best % m;
      matchOfQ[i] = j;
      matchOfC[j] = i;
      matched += bestSim * bestWeight;
      aligned.add(new TokenMatch(q.get(i), c.get(j), bestSim, bestWeight));
      for (int jj = 0; jj < m; jj++) {
        sims[i * m + jj] = 0;
      }
      for (int ii = 0; ii < n; ii++) {
        sims[ii * m + j] = 0;
      }
    }
    List<String> notes = new ArrayList<>();
    if (aligned.size() < Math.max(n, m)) {
      matched += joinSplitWords(q, c, wq, wc, matchOfQ, matchOfC, aligned, notes, false);
      matched += joinSplitWords(c, q, wc, wq, matchOfC, matchOfQ, aligned, notes, true);
    }
    if (!person && n != m) {
      matched += expandAcronyms(q, c, wq, wc, matchOfQ, matchOfC, aligned, notes, false);
      matched += expandAcronyms(c, q, wc, wq, matchOfC, matchOfQ, aligned, notes, true);
    }
    int unmatchedQ = 0;
    int unmatchedC = 0;
    for (int i = 0; i < n; i++) {
      unmatchedQ += matchOfQ[i] < 0 ? 1 : 0;
    }
    for (int j = 0; j < m; j++) {
      unmatchedC += matchOfC[j] < 0 ? 1 : 0;
    }
    boolean omission = person && aligned.size() >= 2 && (unmatchedQ == 0 || unmatchedC == 0)
        && !CjkNames.isCjk(query.original()) && !CjkNames.isCjk(candidate.original());
    for (int k = 0; omission && k < aligned.size(); k++) {
      omission = aligned.get(k).similarity() >= 0.8;
    }
    boolean syllables = CjkNames.isCjk(query.original()) || CjkNames.isCjk(candidate.original());
    double queryCost = omission ? OMISSION_COST : syllables ? CJK_SYLLABLE_COST : 1;
    double candidateCost = omission ? OMISSION_COST : syllables ? CJK_SYLLABLE_COST : CANDIDATE_EXTRA_COST;
    if (omission && unmatchedQ + unmatchedC > 0) {
      notes.add("one name is the other with words left out");
    }
    double total = 0;
    List<TokenMatch> queryOnly = new ArrayList<>();
    List<TokenMatch> candidateOnly = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean unmatched = matchOfQ[i] < 0;
      total += unmatched ? wq[i] * queryCost : wq[i];
      if (unmatched) {
        queryOnly.add(new TokenMatch(q.get(i), "", 0, wq[i] * queryCost));
      }
    }
    for (int j = 0; j < m; j++) {
      boolean unmatched = matchOfC[j] < 0;
      total += unmatched ? wc[j] * candidateCost : wc[j];
      if (unmatched) {
        candidateOnly.add(new TokenMatch("", c.get(j), 0, wc[j] * candidateCost));
      }
    }
    total += swapCost(queryOnly, candidateOnly, notes);
    double score = total == 0 ? 0 : matched / total;
    double matchedContent = 0;
    for (TokenMatch t : aligned) {
      if (!TokenWeights.isGeneric(t.query())) {
        matchedContent += t.similarity() * t.weight();
      }
    }
    if (n != m || score >= 0.5 && score < 0.8) {
      double compact = compactSimilarity(query.compact(), candidate.compact());
      if (compact * 0.95 > score) {
        score = compact * 0.95;
        notes.add("compared without spaces: " + round(compact));
      }
    }
    boolean countryQ = hasCountryWord(queryOnly);
    boolean countryC = hasCountryWord(candidateOnly);
    if (score >= 0.5 && countryQ && countryC) {
      score = Math.max(0, score - OTHER_COUNTRY_COST);
      notes.add("each name names another country");
    } else if (score >= 0.5 && (countryQ || countryC)) {
      score = Math.max(0, score - COUNTRY_WORD_COST);
      notes.add("a country named on one side only");
    }
    boolean numberQ = hasUnmatchedNumber(queryOnly);
    boolean numberC = hasUnmatchedNumber(candidateOnly);
    if (numberQ && numberC) {
      score *= NUMBER_FACTOR;
      notes.add("numbers differ");
    } else if (numberQ || numberC) {
      score *= ADDED_NUMBER_FACTOR;
      notes.add("a number on one side only");
    }
    if (matchedContent == 0 && score > 0.3) {
      score = 0.3;
      notes.add("only generic words match");
    }
    if (!query.legalForms().isEmpty() && !candidate.legalForms().isEmpty()
        && query.legalForms().stream().noneMatch(candidate.legalForms()::contains)) {
      boolean generic = query.legalForms().contains("INC") || candidate.legalForms().contains("INC");
      score = Math.max(0, score - (generic ? GENERIC_FORM_COST : LEGAL_FORM_COST));
      notes.add("legal forms differ: " + query.legalForms() + " vs " + candidate.legalForms());
    }
    if (!person && (hasFamilyWord(queryOnly) || hasFamilyWord(candidateOnly))) {
      score = Math.max(0, score - FAMILY_WORD_COST);
      notes.add("a trust, fund or series word on one side only: a related entity");
    }
    if (!inOrder(aligned, q, c)) {
      score *= ORDER_FACTOR;
      notes.add("words in another order");
    }
    if (score > NOT_IDENTICAL_CAP && !q.equals(c)) {
      score = NOT_IDENTICAL_CAP;
    }
    if (query.compact().length() <= 3 && !query.compact().equals(candidate.compact()) && score > SHORT_QUERY_CAP) {
      score = SHORT_QUERY_CAP;
      notes.add("query too short to identify a longer name");
    }
    return new NameComparison(Math.min(1, score), aligned, queryOnly, candidateOnly, notes);
  }

  /**
   * Share of its weight a syllable of a name written in Han or Hangul costs when the other side lacks it: each
   * character is a syllable of the name, so a missing one makes another name (陳志偉 is not Chen Zhi).
   */
  static final double CJK_SYLLABLE_COST = 1.5;

  /** The most a query of three letters or fewer scores against a list name that is not the same letters. */
  static final double SHORT_QUERY_CAP = 0.5;

  /**
   * In names with a patronymic chain ("X bin Y", "Abu X"), a word before a particle is not aligned with a word after
   * one: the chain's order says who is whose son.
   */
  private static void forbidCrossChainPairs(List<String> q, List<String> c, double[] sims) {
    int[] sq = chainSegments(q);
    int[] sc = chainSegments(c);
    if (sq == null || sc == null) {
      return;
    }
    int m = c.size();
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < m; j++) {
        if (sq[i] != sc[j]) {
          sims[i * m + j] = 0;
        }
      }
    }
  }

  /** Each word's position in the chain (particles counted before it), or null when the name has no particle. */
  private static int[] chainSegments(List<String> words) {
    int[] seg = null;
    int count = 0;
    for (int i = 0; i < words.size(); i++) {
      if (CHAIN_PARTICLES.contains(words.get(i)) && i > 0 && i + 1 < words.size()) {
        if (seg == null) {
          seg = new int[words.size()];
          for (int k = 0; k < i; k++) {
            seg[k] = 0;
          }
        }
        count++;
      }
      if (seg != null) {
        seg[i] = count;
      }
    }
    return seg;
  }

  /** Whether the aligned words keep their order on both sides. */
  private static boolean inOrder(List<TokenMatch> aligned, List<String> q, List<String> c) {
    if (aligned.size() < 2) {
      return true;
    }
    int[] posC = new int[aligned.size()];
    int[] posQ = new int[aligned.size()];
    for (int k = 0; k < aligned.size(); k++) {
      posQ[k] = q.indexOf(aligned.get(k).query());
      posC[k] = c.indexOf(aligned.get(k).candidate());
      if (posQ[k] < 0 || posC[k] < 0) {
        return true;
      }
    }
    for (int a = 0; a < aligned.size(); a++) {
      for (int b = a + 1; b < aligned.size(); b++) {
        if (Integer.compare(posQ[a], posQ[b]) != Integer.compare(posC[a], posC[b])) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasFamilyWord(List<TokenMatch> rest) {
    for (TokenMatch t : rest) {
      if (FAMILY_WORDS.contains(t.query().isEmpty() ? t.candidate() : t.query())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words left over on both sides are more likely a swap (another person's patronymic, another company's industry
   * word) than an omission: the heaviest such pairs cost their weight once more.
   */
  private static double swapCost(List<TokenMatch> queryOnly, List<TokenMatch> candidateOnly, List<String> notes) {
    int k = Math.min(queryOnly.size(), candidateOnly.size());
    if (k == 0) {
      return 0;
    }
    double[] q = new double[queryOnly.size()];
    double[] c = new double[candidateOnly.size()];
    for (int i = 0; i < q.length; i++) {
      q[i] = queryOnly.get(i).weight();
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = candidateOnly.get(i).weight() / CANDIDATE_EXTRA_COST;
    }
    Arrays.sort(q);
    Arrays.sort(c);
    double cost = 0;
    for (int i = 1; i <= k; i++) {
      cost += SWAP_EXTRA_COST * (q[q.length - i] + c[c.length - i]);
    }
    notes.add("words differ on both sides (" + k + " swapped)");
    return cost;
  }

  /**
   * Matches one word on side a against two adjacent words on side b ("ramimakhlouf" = "rami makhlouf",
   * "jeongeun" = "jong un"): both unmatched, or one of them weakly matched to that same word, which the join replaces.
   */
  private static double joinSplitWords(List<String> a, List<String> b, double[] wa, double[] wb, int[] matchOfA,
      int[] matchOfB, List<TokenMatch> aligned, List<String> notes, boolean swapped) {
    double gained = 0;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).length() < 5) {
        continue;
      }
      TokenMatch current = null;
      if (matchOfA[i] >= 0) {
        for (TokenMatch t : aligned) {
          if ((swapped ? t.candidate() : t.query()).equals(a.get(i))) {
            current = t;
          }
        }
        if (current == null || current.similarity() >= 0.8) {
          continue;
        }
      }
      for (int j = 0; j + 1 < b.size(); j++) {
        boolean free0 = matchOfB[j] < 0 || current != null && matchOfB[j] == i && matchOfA[i] == j;
        boolean free1 = matchOfB[j + 1] < 0 || current != null && matchOfB[j + 1] == i && matchOfA[i] == j + 1;
        if (!free0 || !free1 || current != null && matchOfA[i] != j && matchOfA[i] != j + 1) {
          continue;
        }
        String joined = b.get(j) + b.get(j + 1);
        double s = similarity(a.get(i), joined, false);
        if (s >= 0.8) {
          if (current != null) {
            aligned.remove(current);
            gained -= current.similarity() * current.weight();
          }
          matchOfA[i] = j;
          matchOfB[j] = i;
          matchOfB[j + 1] = i;
          double w = wa[i] + wb[j] + wb[j + 1];
          gained += s * w;
          String pair = b.get(j) + " " + b.get(j + 1);
          aligned.add(swapped ? new TokenMatch(pair, a.get(i), s, w) : new TokenMatch(a.get(i), pair, s, w));
          notes.add("joined words: " + pair);
          break;
        }
      }
    }
    return gained;
  }

  /** Matches an unmatched short word on side a with the initials of adjacent unmatched words on side b ("pla"). */
  private static double expandAcronyms(List<String> a, List<String> b, double[] wa, double[] wb, int[] matchOfA,
      int[] matchOfB, List<TokenMatch> aligned, List<String> notes, boolean swapped) {
    double gained = 0;
    for (int i = 0; i < a.size(); i++) {
      String acronym = a.get(i);
      int len = acronym.length();
      if (matchOfA[i] >= 0 || len < 2 || len > 6 || hasDigit(acronym)) {
        continue;
      }
      for (int j = 0; j + len <= b.size(); j++) {
        boolean fits = true;
        for (int k = 0; k < len && fits; k++) {
          fits = matchOfB[j + k] < 0 && b.get(j + k).charAt(0) == acronym.charAt(k);
        }
        if (!fits) {
          continue;
        }
        double w = wa[i];
        for (int k = 0; k < len; k++) {
          matchOfB[j + k] = i;
          w += wb[j + k];
        }
        matchOfA[i] = j;
        gained += 0.9 * w;
        String words = String.join(" ", b.subList(j, j + len));
        aligned.add(swapped ? new TokenMatch(words, acronym, 0.9, w) : new TokenMatch(acronym, words, 0.9, w));
        notes.add("acronym: " + acronym + " = " + words);
        break;
      }
    }
    return gained;
  }

  /** Whether a left-over word names a country: subsidiaries named by country are different legal entities. */
  private static boolean hasCountryWord(List<TokenMatch> rest) {
    for (TokenMatch t : rest) {
      String w = t.query().isEmpty() ? t.candidate() : t.query();
      if (w.length() >= 4 && Countries.isCountryWord(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUnmatchedNumber(List<TokenMatch> rest) {
    for (TokenMatch t : rest) {
      String w = t.query().isEmpty() ? t.candidate() : t.query();
      if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How alike two words are: 1 when equal, less with each edit, 0 beyond the typo allowance for their length; for
   * words that are not close, a given name and its short form, readings under other romanisation systems, and (for
   * persons) equal consonant skeletons also count.
   */
  static double similarity(String a, String b, boolean person) {
    return similarity(a, b, person, 0);
  }

  /** One name was written in Arabic or Hebrew script, whose romanisations leave most vowels unwritten. */
  static final int ABJAD = 1;
  /** One name was written in Hangul, romanised by the Revised Romanization. */
  static final int HANGUL = 2;

  /** As above; {@code script} is {@link #ABJAD} or {@link #HANGUL} when one name was written in that script, else 0. */
  static double similarity(String a, String b, boolean person, int script) {
    double s = spelling(a, b, person);
    if (s >= VARIANT_SIMILARITY || hasDigit(a) || hasDigit(b)) {
      return s;
    }
    if (person && NICKNAMES.same(a, b)) {
      return NICKNAME_SIMILARITY;
    }
    if (script == HANGUL) {
      String ka = Romanisations.korean(a);
      String kb = Romanisations.korean(b);
      if (!ka.equals(a) || !kb.equals(b)) {
        s = Math.max(s, READING_FACTOR * spelling(ka, kb, person));
      }
    }
    if (a.length() < 3 || b.length() < 3) {
      return s;
    }
    for (String r : Romanisations.readings(a)) {
      s = Math.max(s, READING_FACTOR * spelling(r, b, person));
    }
    for (String r : Romanisations.readings(b)) {
      s = Math.max(s, READING_FACTOR * spelling(a, r, person));
    }
    if (person && s < SKELETON_SIMILARITY) {
      String ka = Skeletons.of(a);
      boolean abjad = script == ABJAD;
      if (ka.length() >= (abjad ? 2 : 3) && ka.equals(Skeletons.of(b)) && (abjad
          || a.length() >= 4 && b.length() >= 4 && endsInVowel(a) == endsInVowel(b)
          && Skeletons.vowelGroups(a) == Skeletons.vowelGroups(b))) {
        s = SKELETON_SIMILARITY;
      }
    }
    return s;
  }

  /** Whether most of a name's letters are Arabic or Hebrew (scripts that mostly leave vowels unwritten). */
  static boolean isAbjad(String name) {
    int letters = 0;
    int abjad = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        int script = UScript.getScript(cp);
        abjad += script == UScript.ARABIC || script == UScript.HEBREW ? 1 : 0;
      }
    }
    return letters > 0 && abjad * 2 > letters;
  }

  static boolean isHangul(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0xAC00 && name.charAt(i) <= 0xD7A3) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInVowel(String w) {
    return "aeiouy".indexOf(w.charAt(w.length() - 1)) >= 0;
  }

  private static final Nicknames NICKNAMES = Nicknames.standard();
  /** Above this, a spelling match is taken as it is and no variant is tried. */
  static final double VARIANT_SIMILARITY = 0.85;
  static final double NICKNAME_SIMILARITY = 0.9;
  /** Factor on the similarity of a word read under another romanisation system. */
  static final double READING_FACTOR = 0.95;
  static final double SKELETON_SIMILARITY = 0.8;

  /** How alike two spellings are, by edits allowed for their length and a sound key. */
  private static double spelling(String a, String b, boolean person) {
    if (a.equals(b)) {
      return 1;
    }
    if (hasDigit(a) || hasDigit(b)) {
      return 0;
    }
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    if (shorter == 1) {
      return person && a.charAt(0) == b.charAt(0) ? 0.6 : 0;
    }
    if (!person && shorter >= 3 && longer > shorter && (a.startsWith(b) || b.startsWith(a))) {
      return 0.75;
    }
    int allowed = longer <= 3 ? 0 : longer <= 5 ? 1 : longer <= 12 ? 2 : 3;
    if (a.charAt(0) != b.charAt(0)) {
      allowed = Math.min(allowed, 1);
    }
    if (allowed <= 0) {
      return person && Phonetic.key(a).equals(Phonetic.key(b)) ? 0.8 : 0;
    }
    if (longer - shorter > allowed || Long.bitCount(letters(a) ^ letters(b)) > 2 * allowed) {
      return person && Phonetic.key(a).equals(Phonetic.key(b)) ? 0.8 : 0;
    }
    int d = EditDistance.bounded(a, b, allowed);
    if (d > allowed) {
      return person && Phonetic.key(a).equals(Phonetic.key(b)) ? 0.8 : 0;
    }
    double s = 1 - (double) d / longer;
    if (person && d > 0 && Phonetic.key(a).equals(Phonetic.key(b))) {
      s = Math.max(s, 0.85);
    }
    if (a.charAt(0) != b.charAt(0)) {
      s *= 0.75;
    }
    return s;
  }

  /** The set of letters and digits in a word as bits, to rule out distant pairs before computing edits. */
  private static long letters(String w) {
    long bits = 0;
    for (int i = 0; i < w.length(); i++) {
      bits |= 1L << (w.charAt(i) & 63);
    }
    return bits;
  }

  private static double compactSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer < 6 || Math.abs(a.length() - b.length()) > longer / 5) {
      return 0;
    }
    int allowed = Math.max(1, longer / 10);
    int d = EditDistance.bounded(a, b, allowed);
    return d > allowed ? 0 : 1 - (double) d / longer;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

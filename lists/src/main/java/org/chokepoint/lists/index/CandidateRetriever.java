package org.chokepoint.lists.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the name documents sharing the most weight of query terms (words, trigrams, sound keys), reading the
 * Lucene postings of each term once and summing boosts per document. Queries are a dozen weighted terms whose
 * postings are short, so this beats building a scored Lucene query per name, whose fixed cost dominated.
 * Thread-safe: each thread has its own score table.
 */
public final class CandidateRetriever {
  /** A weighted term: documents containing it gain {@code boost}. */
  public record Clause(String field, String term, float boost) {}

  /** A name document and its summed boost. */
  public record Hit(int name, float score) {}

  private final LeafReader leaf;
  private final ThreadLocal<Scores> scores;

  CandidateRetriever(LeafReader leaf) {
    this.leaf = leaf;
    int maxDoc = leaf.maxDoc();
    this.scores = ThreadLocal.withInitial(() -> new Scores(maxDoc));
  }

  /** How many names contain the term in the field (0 when the field does not exist). */
  public int docFreq(String field, String term) throws IOException {
    TermsEnum terms = terms(field);
    return terms != null && terms.seekExact(new BytesRef(term)) ? terms.docFreq() : 0;
  }

  /** This thread's terms enumeration over a field (reused across queries), or null when there is no such field. */
  private TermsEnum terms(String field) throws IOException {
    Scores s = scores.get();
    TermsEnum te = s.termsByField.get(field);
    if (te == null && !s.termsByField.containsKey(field)) {
      Terms t = leaf.terms(field);
      te = t == null ? null : t.iterator();
      s.termsByField.put(field, te);
    }
    return te;
  }

  /** The {@code k} names with the highest summed boost, best first (ties: lower name number first). */
  public List<Hit> top(List<Clause> clauses, int k) throws IOException {
    Scores s = scores.get();
    List<Clause> sorted = new ArrayList<>(clauses);
    sorted.sort(Comparator.comparing(Clause::field));
    String field = null;
    TermsEnum terms = null;
    for (Clause c : sorted) {
      if (!c.field().equals(field)) {
        field = c.field();
        terms = terms(field);
      }
      if (terms == null || !terms.seekExact(new BytesRef(c.term()))) {
        continue;
      }
      s.postings = terms.postings(s.postings, PostingsEnum.NONE);
      for (int d = s.postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = s.postings.nextDoc()) {
        s.add(d, c.boost());
      }
    }
    return s.takeTop(k);
  }

  /** Per-thread score table; only touched entries are reset after each query. */
  private static final class Scores {
    final float[] score;
    final int[] touched;
    int count;
    PostingsEnum postings;
    final java.util.Map<String, TermsEnum> termsByField = new java.util.HashMap<>();

    Scores(int maxDoc) {
      score = new float[maxDoc];
      touched = new int[maxDoc];
    }

    void add(int doc, float boost) {
      if (score[doc] == 0) {
        touched[count++] = doc;
      }
      score[doc] += boost;
    }

    List<Hit> takeTop(int k) {
      int size = 0;
      int[] heap = new int[Math.max(1, k)];
      for (int i = 0; i < count; i++) {
        int doc = touched[i];
        if (size < k) {
          heap[size++] = doc;
          siftUp(heap, size - 1);
        } else if (better(doc, heap[0])) {
          heap[0] = doc;
          siftDown(heap, size);
        }
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = heap[i];
      }
      Arrays.sort(order, (a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
      List<Hit> hits = new ArrayList<>(size);
      for (Integer doc : order) {
        hits.add(new Hit(doc, score[doc]));
      }
      for (int i = 0; i < count; i++) {
        score[touched[i]] = 0;
      }
      count = 0;
      return hits;
    }

    private boolean better(int a, int b) {
      return score[a] > score[b] || score[a] == score[b] && a < b;
    }

    private void siftUp(int[] heap, int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!better(heap[parent], heap[i])) {
          break;
        }
        int t = heap[parent];
        heap[parent] = heap[i];
        heap[i] = t;
        i = parent;
      }
    }

    private void siftDown(int[] heap, int size) {
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int worst = i;
        if (l < size && better(heap[worst], heap[l])) {
          worst = l;
        }
        if (r < size && better(heap[worst], heap[r])) {
          worst = r;
        }
        if (worst == i) {
          return;
        }
        int t = heap[worst];
        heap[worst] = heap[i];
        heap[i] = t;
        i = worst;
      }
    }
  }
}

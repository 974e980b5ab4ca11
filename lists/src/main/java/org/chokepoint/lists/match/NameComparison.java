package org.chokepoint.lists.match;

import java.util.List;

/**
 * How two names compare: the name score in [0,1] and why: aligned words, words left over on each side with their
 * weights, and notes on the rules that moved the score (legal forms, numbers, generic-only names, merged words).
 */
public record NameComparison(double score, List<TokenMatch> aligned, List<TokenMatch> queryOnly,
    List<TokenMatch> candidateOnly, List<String> notes) {
  public NameComparison {
    aligned = List.copyOf(aligned);
    queryOnly = List.copyOf(queryOnly);
    candidateOnly = List.copyOf(candidateOnly);
    notes = List.copyOf(notes);
  }

  static NameComparison none(String why) {
    return new NameComparison(0, List.of(), List.of(), List.of(), List.of(why));
  }
}

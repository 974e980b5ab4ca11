package org.chokepoint.lists.match;

/**
 * One aligned pair of words: a query word, the list word it matched, how alike they are (1 = equal) and the
 * weight the pair carries in the score.
 */
public record TokenMatch(String query, String candidate, double similarity, double weight) {}

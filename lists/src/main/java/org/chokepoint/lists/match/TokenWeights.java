package org.chokepoint.lists.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much a word identifies a party: rare words ("hikvision") weigh 1, words many listed names share
 * ("technology", "trading", "international") much less. Built from document frequencies over all listed names.
 */
public final class TokenWeights {
  private static final Set<String> GENERIC = Set.of("technology", "technologies", "tech", "trading", "trade",
      "international", "group", "holding", "holdings", "industrial", "industries", "industry", "import", "export",
      "services", "service", "engineering", "development", "investment", "investments", "global", "general",
      "science", "scientific", "research", "institute", "production", "enterprise", "enterprises", "factory",
      "plant", "center", "centre", "electronics", "electronic", "systems", "system", "solutions", "logistics",
      "shipping", "management", "national", "state", "federal", "of", "the", "and", "for", "de", "la", "du", "des",
      "y", "i", "et", "und", "bin", "ibn", "ben", "bint", "abu", "van", "von", "der", "den", "da", "dos", "do");
  private static final double SCALE = 9.0;
  private final Map<String, Integer> documentFrequency;
  private final int documents;

  public TokenWeights(Map<String, Integer> documentFrequency, int documents) {
    this.documentFrequency = Map.copyOf(documentFrequency);
    this.documents = documents;
  }

  /** Counts token document frequencies over prepared names. */
  public static TokenWeights of(Iterable<NameParts> names) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (NameParts p : names) {
      n++;
      p.tokens().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    return new TokenWeights(df, n);
  }

  /** A weight in [0.05, 1]. */
  public double weight(String token) {
    int df = documentFrequency.getOrDefault(token, 0);
    double idf = Math.log((documents + 1.0) / (df + 0.5));
    double w = Math.max(0.1, Math.min(1.0, idf / SCALE));
    if (GENERIC.contains(token)) {
      w *= 0.4;
    }
    if (token.length() == 1) {
      w *= 0.5;
    }
    if (Character.isDigit(token.charAt(0))) {
      w *= 0.3;
    }
    return Math.max(0.05, w);
  }

  /** Whether a word is one of the generic words that never identify a party alone. */
  public static boolean isGeneric(String token) {
    return GENERIC.contains(token);
  }

  public Map<String, Integer> documentFrequency() {
    return documentFrequency;
  }
}

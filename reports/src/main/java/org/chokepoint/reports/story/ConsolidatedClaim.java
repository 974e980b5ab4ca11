package org.chokepoint.reports.story;

import java.util.List;
import org.chokepoint.reports.extract.ClaimKind;

/**
 * Equivalent claims from the documents of one story, merged.
 *
 * @param summary the claim in one line ("China supplies machine tools to Russia")
 * @param documents how many documents make it
 * @param independentSources how many of those are not reprints of each other
 * @param conflicts where the documents disagree (figures, qualifiers, periods), in words
 */
public record ConsolidatedClaim(String key, ClaimKind kind, String summary, String actor, String actorId,
    String target, String targetId, List<String> goods, List<String> hs, List<String> endUses,
    List<Citation> citations, int documents, int independentSources, List<String> conflicts) {
  public ConsolidatedClaim {
    goods = List.copyOf(goods);
    hs = List.copyOf(hs);
    endUses = List.copyOf(endUses);
    citations = List.copyOf(citations);
    conflicts = List.copyOf(conflicts);
  }
}

package org.chokepoint.lists.screen;

import java.util.List;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.lists.match.NameComparison;

/**
 * One party a query matched, with the explanation: which list name matched, how its words aligned, and what each
 * feature added to the name score.
 */
public record Match(Party party, double score, double nameScore, String matchedName, NameKind matchedKind,
    NameComparison comparison, List<Feature> features) {
  public Match {
    features = List.copyOf(features);
  }
}

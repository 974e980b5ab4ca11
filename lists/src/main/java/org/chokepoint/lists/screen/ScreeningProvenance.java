package org.chokepoint.lists.screen;

import java.util.List;
import org.chokepoint.lists.index.ListVersion;
import org.chokepoint.lists.index.ScreeningIndex;

/**
 * What produced a screening answer, for audit records: the algorithm and its version, the index build (its time and
 * the fingerprint of the list files) and the version of every list source it holds.
 */
public record ScreeningProvenance(String algorithm, String algorithmVersion, int indexFormat, String indexBuiltAt,
    String indexFingerprint, List<ListVersion> lists) {
  /** The name of the matching algorithm. */
  public static final String ALGORITHM = "chokepoint-name-match";
  /** Bumped whenever scoring changes in a way that can change an answer. */
  public static final String ALGORITHM_VERSION = "2.0";

  public ScreeningProvenance {
    lists = List.copyOf(lists);
  }

  /** The provenance of answers from {@code index}. */
  public static ScreeningProvenance of(ScreeningIndex index) {
    ScreeningIndex.Meta meta = index.meta();
    return new ScreeningProvenance(ALGORITHM, ALGORITHM_VERSION, ScreeningIndex.FORMAT_VERSION, meta.builtAt(),
        meta.fingerprint(), meta.lists());
  }
}

package org.chokepoint.reports.story;

import java.util.List;
import org.chokepoint.reports.extract.ClaimKind;

/**
 * A claim made in more than one story: the same statement repeated over several events ("China supplies ~90% of
 * Russia's microelectronics" in four events over three months), each event with its own sources.
 *
 * @param stories the ids of the stories that make it, in date order
 * @param dates each story's event date ("" when undated), in the same order
 * @param documents how many documents make it, over all those stories
 */
public record RepeatedClaim(String key, ClaimKind kind, String summary, List<String> stories, List<String> dates,
    int documents) {
  public RepeatedClaim {
    stories = List.copyOf(stories);
    dates = List.copyOf(dates);
  }
}

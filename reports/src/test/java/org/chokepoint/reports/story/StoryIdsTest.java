package org.chokepoint.reports.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIdsTest {
  @Test
  void anIdIsMadeFromTheEventAndTheFoundingDocumentNotFromAPosition() {
    List<ReportEvent> events = List.of(new ReportEvent("2024-10-30", "sanction", "US"),
        new ReportEvent("", "sanction", "US"));
    String a = StoryIds.of(events, List.of("b.txt", "a.txt"));
    String b = StoryIds.of(events.reversed(), List.of("a.txt", "b.txt"));
    assertThat(a).isEqualTo(b).startsWith("story-2024-10-30-sanction-us-");
    assertThat(StoryIds.of(events, List.of("c.txt"))).isNotEqualTo(a);
  }

  @Test
  void anUndatedStorySaysSo() {
    assertThat(StoryIds.of(List.of(ReportEvent.UNKNOWN), List.of("x"))).startsWith("story-undated-");
  }
}

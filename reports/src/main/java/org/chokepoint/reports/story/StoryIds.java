package org.chokepoint.reports.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place story ids are made. An id is derived from the story's event (its date, action and actor) and its
 * founding document (the member whose name sorts first; stored names carry a hash of the content), never from its
 * position in a run: the id a server returns for an upload stays valid when other reports arrive, and the CLI and the
 * server give the same id for the same documents in any order. Form: {@code story-2024-04-12-sanction-us-3fa2c1}.
 */
public final class StoryIds {
  private StoryIds() {}

  /** The id of a story with these events (one per member document) and member document names. */
  public static String of(List<ReportEvent> events, Collection<String> docs) {
    ReportEvent e = representative(events);
    String founder = docs.stream().sorted().findFirst().orElse("");
    StringBuilder id = new StringBuilder("story-");
    id.append(e.date().isEmpty() ? "undated" : e.date());
    if (!e.action().isEmpty()) {
      id.append('-').append(e.action());
    }
    if (!e.actor().isEmpty()) {
      id.append('-').append(e.actor().toLowerCase(Locale.ROOT));
    }
    return id.append('-').append(hash(founder)).toString();
  }

  /** The event most members report: the commonest date (the longest, then earliest on ties), action and actor. */
  public static ReportEvent representative(List<ReportEvent> events) {
    return new ReportEvent(commonest(events.stream().map(ReportEvent::date).toList()),
        commonest(events.stream().map(ReportEvent::action).toList()),
        commonest(events.stream().map(ReportEvent::actor).toList()));
  }

  private static String commonest(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.stream().filter(v -> !v.isEmpty()).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().min((a, b) -> a.getValue().equals(b.getValue())
        ? (a.getKey().length() != b.getKey().length() ? b.getKey().length() - a.getKey().length()
            : a.getKey().compareTo(b.getKey()))
        : b.getValue() - a.getValue()).map(Map.Entry::getKey).orElse("");
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

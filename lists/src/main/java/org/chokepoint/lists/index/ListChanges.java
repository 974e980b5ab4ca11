package org.chokepoint.lists.index;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one index build changed against the build before it, per list: entries added, removed, and changed (names,
 * countries, identifiers, dates or listing details differ). The first build of a data directory has no previous
 * build: it counts what it added without naming every entry.
 *
 * @param at when the build was made (ISO instant)
 * @param initial true when there was no previous build to compare with
 */
public record ListChanges(String at, boolean initial, List<ListDelta> lists) {
  public ListChanges {
    lists = List.copyOf(lists);
  }

  /** The changes to one list. */
  public record ListDelta(String list, int addedCount, int removedCount, int changedCount, List<Entry> added,
      List<Entry> removed, List<Entry> changed) {
    public ListDelta {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      changed = List.copyOf(changed);
    }
  }

  /** One entry that changed: its list entity id and its main name. */
  public record Entry(String id, String name) {}

  /** Whether nothing was added, removed or changed. */
  public boolean isEmpty() {
    return lists.stream().allMatch(d -> d.addedCount() + d.removedCount() + d.changedCount() == 0);
  }

  /** The ids of every entry added or changed, for screening again only against what changed. */
  public List<String> addedOrChangedIds() {
    return lists.stream().flatMap(d -> Stream.concat(d.added().stream(), d.changed().stream()))
        .map(Entry::id).toList();
  }
}

package org.chokepoint.reports.story;

import java.util.List;

/**
 * Reports about one event, with what they claim together.
 *
 * @param id "story-N", stable within one run (numbered in input order)
 * @param documents the member documents' names, in input order
 * @param parties organisations and people named, with list status
 * @param goods goods named, with HS headings and CHPL tiers
 * @param timeline dated events: publications and the periods claims refer to, in date order
 */
public record Story(String id, String title, List<Member> documents, List<ConsolidatedClaim> claims,
    List<Party> parties, List<Goods> goods, List<String> endUses, List<Event> timeline) {
  /** A document of the story. {@code sourceGroup} is shared by reprints of one original. */
  public record Member(String doc, String title, String url, String published, int sourceGroup) {}

  /**
   * An organisation or person named in the story.
   *
   * @param role for organisations, company, government, international, media, research or unknown; "" for people
   */
  public record Party(String name, String type, String id, List<String> lists, List<String> docs, String role) {
    /** Whether this party takes part in the supply or sanctions system (a company, not a source or an authority). */
    public boolean isCompany() {
      return role.equals("company");
    }
  }

  /** Goods named in the story, by goods group (or heading). */
  public record Goods(String key, List<String> names, String kind, List<String> hs, List<String> chplTiers,
      List<String> docs) {}

  /** A point on the story's timeline. */
  public record Event(String date, String what, String doc) {}

  public Story {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    parties = List.copyOf(parties);
    goods = List.copyOf(goods);
    endUses = List.copyOf(endUses);
    timeline = List.copyOf(timeline);
  }

  /** How many independent sources the story has (reprints of one original count once). */
  public int independentSources() {
    return (int) documents.stream().mapToInt(Member::sourceGroup).distinct().count();
  }
}

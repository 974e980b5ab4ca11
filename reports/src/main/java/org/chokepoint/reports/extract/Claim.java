package org.chokepoint.reports.extract;

import java.util.List;

/**
 * A statement a report makes, with its evidence sentence.
 *
 * @param actor who supplies, acts, states or denies (a country, organisation or person; its text when unnamed)
 * @param actorId the actor's id (ISO code or list party id), "" when none
 * @param target the recipient (SUPPLY), importer (SHARE, TRADE_VALUE), or who or what is acted on
 * @param targetId its id, "" when none
 * @param goods goods mentioned by the claim
 * @param endUses military end uses the claim names
 * @param figure the figure a SHARE or TRADE_VALUE claim is about, or a count for actions; null when none
 * @param period when, {@link Period#NONE} when not stated
 * @param parties organisations and people the claim names besides actor and target (listed suppliers, targets)
 * @param evidence the sentence
 */
public record Claim(ClaimKind kind, String actor, String actorId, String target, String targetId,
    List<GoodsMention> goods, List<String> endUses, Figure figure, Period period, List<EntityMention> parties,
    String evidence, int start, int end) {
  public Claim {
    goods = List.copyOf(goods);
    endUses = List.copyOf(endUses);
    parties = List.copyOf(parties);
    period = period == null ? Period.NONE : period;
  }
}

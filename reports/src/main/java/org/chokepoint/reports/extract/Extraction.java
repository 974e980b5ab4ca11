package org.chokepoint.reports.extract;

import java.util.List;

/** Everything extracted from one cleaned report, with offsets into its cleaned text. */
public record Extraction(List<Sentence> sentences, List<EntityMention> entities, List<GoodsMention> goods,
    List<EndUse> endUses, List<Figure> figures, List<Claim> claims) {
  /** Nothing: for documents that were not extracted (another language, no body). */
  public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of());

  public Extraction {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    goods = List.copyOf(goods);
    endUses = List.copyOf(endUses);
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
  }
}

package org.chokepoint.graph.model;

/** The relations of the evidence graph. Every edge carries where it comes from. */
public enum EdgeKind {
  /** Supplier (party or country) → goods, and goods → recipient country (role "recipient"). */
  SUPPLIES,
  /** Goods → military end use it is reported to serve. */
  USED_IN,
  /** Party → list or programme it is on, with the listing date. */
  LISTED_BY,
  /** Party or country → document that names it. */
  MENTIONED_IN,
  /** Country → country a goods group moves through, from trade data (bloc → conduit → target). */
  SHIPS_VIA,
  /** Claim → document that makes it, with the evidence sentence. */
  CLAIMED_BY,
  /** Claim → the party or country that denies it. */
  DENIED_BY,
  /** Claim → party or country it is about (actor or target). */
  ABOUT
}

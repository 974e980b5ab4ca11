package org.chokepoint.app.workspace;

/** What an interface can ask of the workspace; each is opened at most once per {@link Services}. */
public enum Capability {
  /** The screening index over every loaded list. */
  SCREENING,
  /** The HS nomenclature, CHPL, goods groups, the classifier and the trade-control rules. */
  GOODS,
  /** The stored reports and their stories. */
  REPORTS,
  /** The trade statistics store, read-only. */
  TRADE,
  /** The evidence graph, reloaded when a build makes a new one live. */
  GRAPH
}

package org.chokepoint.reports.extract;

/** The kinds of statement Chokepoint extracts from reports. */
public enum ClaimKind {
  /** Supplier → goods → recipient, with end use. */
  SUPPLY,
  /** A share of a trade flow ("90% of Russia's microelectronics imports came from China"). */
  SHARE,
  /** A value of a trade flow ("trade reached $240 billion in 2023"). */
  TRADE_VALUE,
  /** Sanctions imposed on parties. */
  SANCTION,
  /** Parties added to an export-control list such as the BIS Entity List. */
  ENTITY_LISTING,
  /** A prohibition on importing goods. */
  IMPORT_BAN,
  /** A prohibition or restriction on exporting goods. */
  EXPORT_BAN,
  /** The accused side denies supplying weapons or military help ("China has never provided lethal weapons"). */
  DENIAL,
  /** Opposition or protest against sanctions or accusations ("opposes illegal unilateral sanctions"). */
  OBJECTION,
  /** A quoted or attributed statement of another kind. */
  STATEMENT
}

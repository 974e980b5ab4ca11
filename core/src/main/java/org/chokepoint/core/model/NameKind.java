package org.chokepoint.core.model;

/** How a list presents a name: the main one, a strong alias, a weak alias (a nickname or short form) or a former name. */
public enum NameKind {
  PRIMARY,
  ALIAS,
  WEAK,
  PREVIOUS;

  /** Weak aliases are too unspecific to identify a party alone and are scored lower. */
  public boolean isWeak() {
    return this == WEAK;
  }
}

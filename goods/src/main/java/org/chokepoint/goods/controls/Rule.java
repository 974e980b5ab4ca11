package org.chokepoint.goods.controls;

import java.util.List;

/**
 * One trade restriction with its legal citation. All conditions in {@code when} must hold; an empty condition
 * list does not constrain.
 */
public record Rule(String id, String title, Verdict verdict, String citation, String effectiveFrom,
    String effectiveTo, List<String> origin, List<String> destination, List<String> goods, String producedOnOrAfter,
    List<String> partyLists, String reason) {

  /** How serious a rule's finding is, least to most. */
  public enum Verdict { CLEAR, HIGH_RISK, LICENCE_REQUIRED, PROHIBITED }
}

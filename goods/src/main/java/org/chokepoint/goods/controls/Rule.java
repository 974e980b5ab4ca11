package org.chokepoint.goods.controls;

import java.util.List;

/**
 * One trade restriction with its legal citation. All conditions in {@code when} must hold; an empty condition
 * list does not constrain. {@code jurisdiction} (null for guidance that binds no one in particular) and
 * {@code reach} say whose shipments the rule binds: a shipment whose exporter, goods' origin or destination (as
 * {@code reach} lists) is in the jurisdiction.
 */
public record Rule(String id, String title, Verdict verdict, String citation, String effectiveFrom,
    String effectiveTo, List<String> origin, List<String> destination, List<String> goods, String producedOnOrAfter,
    List<String> partyLists, String reason, Jurisdiction jurisdiction, List<Jurisdiction.Reach> reach) {
  public Rule {
    reach = reach == null ? List.of() : List.copyOf(reach);
  }

  /** How serious a rule's finding is, least to most. */
  public enum Verdict { CLEAR, HIGH_RISK, LICENCE_REQUIRED, PROHIBITED }
}

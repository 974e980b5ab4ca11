package org.chokepoint.goods.controls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.HsCode;

/**
 * Checks shipments against trade-control rules: goods (by HS code, or classified from the description), origin,
 * destination, dates and production date, and the parties (through the screening engine behind {@link PartyLookup}).
 */
public final class ControlsEngine {
  /** Screens a party name; the caller wires the screening engine in. */
  public interface PartyLookup {
    /** The listed party a name matches best, or null when none reaches the screening threshold. */
    PartyHit lookup(String name);
  }

  /** A screening hit: who matched, how well, and the lists (e.g. "OFAC SDN", "EU 269/2014") it is on. */
  public record PartyHit(String partyId, String partyName, double score, List<String> lists) {}

  /**
   * One rule whose conditions the shipment meets, with why; {@code jurisdiction} is the rule's ("" for guidance
   * that binds no one in particular) and {@code scope} why the rule binds this shipment, or why it does not.
   */
  public record Finding(String rule, String title, Rule.Verdict verdict, String reason, String citation,
      String detail, String jurisdiction, String scope) {}

  /** Whether a jurisdiction's rules bind the shipment, and why. */
  public record JurisdictionCall(String jurisdiction, String title, boolean applies, String why) {}

  /**
   * The result for one shipment: the code used, the worst verdict over the findings, the findings of rules that
   * bind it, notes of rules whose conditions it meets but which do not bind it (outside their jurisdiction), and
   * per jurisdiction whether its rules applied and why.
   */
  public record Check(Shipment shipment, String hs, String hsNote, Rule.Verdict verdict, List<Finding> findings,
      List<Finding> notes, List<JurisdictionCall> jurisdictions) {
    public Check {
      findings = List.copyOf(findings);
      notes = List.copyOf(notes);
      jurisdictions = List.copyOf(jurisdictions);
    }
  }

  private final List<Rule> rules;
  private final GoodsCatalog goods;
  private final GoodsClassifier classifier;
  private final PartyLookup parties;
  /** Each rule's goods scopes resolved once to the subheadings they cover, keyed by the scope as written. */
  private final Map<String, Set<String>> subheadingsByScope = new HashMap<>();

  public ControlsEngine(List<Rule> rules, GoodsCatalog goods, GoodsClassifier classifier, PartyLookup parties) {
    this.rules = List.copyOf(rules);
    this.goods = goods;
    this.classifier = classifier;
    this.parties = parties;
    for (Rule r : rules) {
      for (String g : r.goods()) {
        subheadingsByScope.computeIfAbsent(g, scope -> resolveScope(scope, r.id()));
      }
    }
  }

  public Check check(Shipment s) {
    String note = "";
    HsCode code;
    if (!s.hs().isEmpty()) {
      code = HsCode.parse(s.hs());
      goods.hs().get(code);
      note = code.note();
    } else {
      GoodsClassifier.Result r = classifier.classify(s.description(), 1);
      if (r.candidates().isEmpty()) {
        return new Check(s, "", "description not classified: " + r.notGoods(), Rule.Verdict.CLEAR, List.of(),
            List.of(), jurisdictionCalls(s));
      }
      code = HsCode.parse(r.candidates().getFirst().subheading());
      note = "classified from the description as " + code.display() + " ("
          + r.candidates().getFirst().subheadingDescription() + ")";
    }
    String date = s.date().isEmpty() ? LocalDate.now().toString() : s.date();
    PartyHit shipper = s.shipper().isEmpty() ? null : parties.lookup(s.shipper());
    PartyHit consignee = s.consignee().isEmpty() ? null : parties.lookup(s.consignee());
    List<Finding> findings = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    Rule.Verdict worst = Rule.Verdict.CLEAR;
    for (Rule r : rules) {
      String detail = applies(r, s, code, date, shipper, consignee);
      if (detail == null) {
        continue;
      }
      Scope scope = scope(r, s);
      Finding f = new Finding(r.id(), r.title(), r.verdict(), r.reason(), r.citation(), detail,
          r.jurisdiction() == null ? "" : r.jurisdiction().id(), scope.why());
      if (scope.binds()) {
        findings.add(f);
        if (r.verdict().compareTo(worst) > 0) {
          worst = r.verdict();
        }
      } else {
        notes.add(f);
      }
    }
    return new Check(s, code.display(), note, worst, findings, notes, jurisdictionCalls(s));
  }

  /** Whether a rule binds a shipment, and why. */
  private record Scope(boolean binds, String why) {}

  private static Scope scope(Rule r, Shipment s) {
    if (r.jurisdiction() == null) {
      return new Scope(true, "guidance for every exporter, not bound to one jurisdiction");
    }
    return scope(r.jurisdiction(), r.reach(), s, "rule");
  }

  /** Whether rules of {@code j} reaching shipments through {@code reaches} bind {@code s}; {@code noun} "rule(s)". */
  private static Scope scope(Jurisdiction j, List<Jurisdiction.Reach> reaches, Shipment s, String noun) {
    List<String> unknown = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    String bound = "shipments whose " + Jurisdiction.describe(reaches) + " is in the " + j.title();
    for (Jurisdiction.Reach reach : reaches) {
      String country = country(s, reach);
      if (country.isEmpty()) {
        unknown.add(reach.label());
      } else if (j.covers(country)) {
        return new Scope(true, j.id() + " " + noun + " applied: " + reach.label() + " "
            + country.toUpperCase(Locale.ROOT) + " is in the " + j.title());
      } else {
        outside.add(reach.label() + " " + country.toUpperCase(Locale.ROOT));
      }
    }
    if (!unknown.isEmpty()) {
      return new Scope(true, j.id() + " " + noun + " applied because the " + String.join(" and ", unknown)
          + " is not given (" + (noun.equals("rule") ? "it binds" : "they bind") + " only " + bound + ")");
    }
    return new Scope(false, j.id() + " " + noun + " not applied: " + (noun.equals("rule") ? "it binds" : "they bind")
        + " only " + bound + "; here "
        + String.join(", ", outside));
  }

  private static String country(Shipment s, Jurisdiction.Reach reach) {
    return switch (reach) {
      case EXPORTER -> s.exporter();
      case ORIGIN -> s.origin();
      case DESTINATION -> s.destination();
    };
  }

  /** Per jurisdiction named by the rules: whether any of its rules can bind this shipment, and why. */
  private List<JurisdictionCall> jurisdictionCalls(Shipment s) {
    Map<String, List<Rule>> byJurisdiction = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (r.jurisdiction() != null) {
        byJurisdiction.computeIfAbsent(r.jurisdiction().id(), k -> new ArrayList<>()).add(r);
      }
    }
    List<JurisdictionCall> calls = new ArrayList<>();
    for (List<Rule> its : byJurisdiction.values()) {
      Jurisdiction j = its.getFirst().jurisdiction();
      Set<Jurisdiction.Reach> reaches = new TreeSet<>();
      its.forEach(r -> reaches.addAll(r.reach()));
      Scope scope = scope(j, List.copyOf(reaches), s, "rules");
      calls.add(new JurisdictionCall(j.id(), j.title(), scope.binds(), scope.why()));
    }
    return calls;
  }

  /** Why the rule applies, or null when it does not. */
  private String applies(Rule r, Shipment s, HsCode code, String date, PartyHit shipper, PartyHit consignee) {
    if (!r.effectiveFrom().isEmpty() && date.compareTo(r.effectiveFrom()) < 0
        || !r.effectiveTo().isEmpty() && date.compareTo(r.effectiveTo()) > 0) {
      return null;
    }
    if (!r.origin().isEmpty() && !r.origin().contains(s.origin().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    if (!r.destination().isEmpty() && !r.destination().contains(s.destination().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    List<String> details = new ArrayList<>();
    if (!r.goods().isEmpty()) {
      String scope = r.goods().stream().filter(g -> subheadingsByScope.get(g).stream().anyMatch(code::contains))
          .findFirst().orElse(null);
      if (scope == null) {
        return null;
      }
      details.add(code.display() + " is in " + scope);
    }
    if (!r.producedOnOrAfter().isEmpty()) {
      if (!s.productionDate().isEmpty() && s.productionDate().compareTo(r.producedOnOrAfter()) < 0) {
        return null;
      }
      details.add(s.productionDate().isEmpty() ? "production date unknown, so the exemption for production before "
          + r.producedOnOrAfter() + " cannot be confirmed" : "produced " + s.productionDate());
    }
    if (!r.partyLists().isEmpty()) {
      String party = partyOn(r, "shipper", shipper);
      if (party == null) {
        party = partyOn(r, "consignee", consignee);
      }
      if (party == null) {
        return null;
      }
      details.add(party);
    }
    return String.join("; ", details);
  }

  private static String partyOn(Rule r, String role, PartyHit hit) {
    if (hit == null) {
      return null;
    }
    for (String list : hit.lists()) {
      if (r.partyLists().stream().anyMatch(list::startsWith)) {
        return role + " matches " + hit.partyName() + " (" + hit.partyId() + ", score " + hit.score() + ") on "
            + list;
      }
    }
    return null;
  }

  private Set<String> resolveScope(String scope, String ruleId) {
    try {
      if (scope.startsWith("group:")) {
        GoodsGroups.Group g = goods.groups().get(scope.substring(6));
        return g.subheadings();
      }
      if (scope.startsWith("chpl:")) {
        return Set.copyOf(goods.chpl().tier(scope.substring(5)).stream().map(Chpl.Item::hs6).toList());
      }
      HsCode c = HsCode.parse(scope);
      return Set.copyOf(goods.hs().subheadings(c.digits()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("rule '" + ruleId + "': goods scope '" + scope + "': " + e.getMessage(), e);
    }
  }
}

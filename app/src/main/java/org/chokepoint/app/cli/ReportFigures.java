package org.chokepoint.app.cli;

import java.util.List;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.TradePeriods;

/** Turns the figure claims of reports (SHARE, TRADE_VALUE) into questions for the trade store. */
final class ReportFigures {
  /** A claim read for checking: the question, or why it cannot be asked. */
  record Checkable(String description, FigureClaim claim, String reason) {}

  private ReportFigures() {}

  static Checkable of(Claim c) {
    if (c.figure() == null) {
      return null;
    }
    List<String> hs = c.goods().stream().flatMap(g -> g.hs().stream()).distinct().sorted().toList();
    return of(c.kind().name(), c.actorId(), c.targetId(), hs, c.figure().period().from(), c.figure().period().to(),
        c.figure().value(), c.figure().unit(), c.figure().qualifier(), c.figure().text());
  }

  static Checkable of(String kind, String actor, String target, List<String> hs, String from, String to,
      double value, String unit, String qualifier, String figureText) {
    if (!kind.equals(ClaimKind.SHARE.name()) && !kind.equals(ClaimKind.TRADE_VALUE.name())) {
      return null;
    }
    String hsText = String.join(",", hs);
    String description = kind + " " + figureText + " (" + (actor.isEmpty() ? "?" : actor) + " → "
        + (target.isEmpty() ? "?" : target) + ", " + (hs.isEmpty() ? "all goods" : "HS " + hsText) + ", "
        + (from.isEmpty() ? "period not stated" : from + ".." + to) + ")";
    boolean share = kind.equals(ClaimKind.SHARE.name());
    if (from.isEmpty()) {
      return new Checkable(description, null, "the claim states no period the data could be matched to");
    }
    if (target.length() != 2 || share && actor.length() != 2) {
      return new Checkable(description, null, "the claim does not name both countries");
    }
    FigureClaim.Kind k = share ? FigureClaim.Kind.SHARE : actor.length() == 2 ? FigureClaim.Kind.TRADE
        : FigureClaim.Kind.VALUE;
    return new Checkable(description, new FigureClaim(k == FigureClaim.Kind.VALUE ? "" : actor, target, hsText,
        TradePeriods.bound(from, true), TradePeriods.bound(to, false), k, value, unit.equals("%") ? "USD" : unit,
        qualifier), "");
  }
}

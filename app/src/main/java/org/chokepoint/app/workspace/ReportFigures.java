package org.chokepoint.app.workspace;

import java.util.List;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.TradePeriods;

/** Turns the figure claims of reports (SHARE, TRADE_VALUE) into questions for the trade store. */
public final class ReportFigures {
  /** A claim read for checking: the question, or why it cannot be asked. */
  public record Checkable(String description, FigureClaim claim, String reason) {}

  private ReportFigures() {}

  /** The claim as a question, null when it states no checkable figure. */
  public static Checkable of(Claim c) {
    if (c.figure() == null) {
      return null;
    }
    List<String> hs = c.goods().stream().flatMap(g -> g.hs().stream()).distinct().sorted().toList();
    return of(c.kind(), c.actorId(), c.targetId(), hs, c.figure().period().from(), c.figure().period().to(),
        c.figure().value(), c.figure().unit(), c.figure().qualifier(), c.figure().text());
  }

  /** As above from a claim's parts (as read from the reports' JSON); an unknown kind is not checkable. */
  public static Checkable of(String kind, String actor, String target, List<String> hs, String from, String to,
      double value, String unit, String qualifier, String figureText) {
    ClaimKind k;
    try {
      k = ClaimKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return of(k, actor, target, hs, from, to, value, unit, qualifier, figureText);
  }

  private static Checkable of(ClaimKind kind, String actor, String target, List<String> hs, String from, String to,
      double value, String unit, String qualifier, String figureText) {
    if (kind != ClaimKind.SHARE && kind != ClaimKind.TRADE_VALUE) {
      return null;
    }
    String hsText = String.join(",", hs);
    String description = kind.name() + " " + figureText + " (" + (actor.isEmpty() ? "?" : actor) + " → "
        + (target.isEmpty() ? "?" : target) + ", " + (hs.isEmpty() ? "all goods" : "HS " + hsText) + ", "
        + (from.isEmpty() ? "period not stated" : from + ".." + to) + ")";
    boolean share = kind == ClaimKind.SHARE;
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

package org.chokepoint.trade.check;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;

/**
 * Checks a stated trade figure against the store: the nearest estimate the data allow, and whether the figure is
 * consistent with it, inconsistent, or not covered, with what data would settle it. A value is consistent within
 * 10% (a share within 5 points), and "over"/"nearly" bound it from one side.
 */
public final class ClaimCheck {
  /** The outcome. */
  public enum Verdict { CONSISTENT, INCONSISTENT, NOT_COVERED }

  /** The check: verdict, estimate (NaN when none), how it was computed, and what is missing. */
  public record Result(FigureClaim claim, Verdict verdict, double estimate, String basis, List<String> coverage,
      String wouldSettle) {}

  private final TradeQueries queries;
  private final GoodsCatalog catalog;

  public ClaimCheck(TradeQueries queries, GoodsCatalog catalog) {
    this.queries = queries;
    this.catalog = catalog;
  }

  /**
   * Checks a claim in its own currency: data in another currency are converted at the ECB's average rates of their
   * periods when the store has the rates (the coverage names them), and are otherwise not covered.
   */
  public Result check(FigureClaim c) throws SQLException {
    String before = queries.currency();
    boolean converted;
    try {
      queries.currency(c.currency());
      converted = true;
    } catch (IllegalArgumentException e) {
      queries.currency(null);
      converted = false;
    }
    try {
      Result r = checkIn(c);
      if (!converted || Double.isNaN(r.estimate())) {
        return r;
      }
      List<String> coverage = new ArrayList<>(r.coverage());
      String exporter = c.exporter().isBlank() ? "WLD" : TradeQueries.code(c.exporter());
      String importer = TradeQueries.code(c.importer());
      GoodsFilter goods = GoodsFilter.parse(c.goods(), catalog);
      for (String[] leg : new String[][] {{importer, exporter, "M"}, {importer, exporter, "X"},
          {exporter, importer, "X"}, {exporter, importer, "M"}}) {
        for (String note : queries.coverage(leg[0], leg[1], leg[2], goods, c.from(), c.to()).notes()) {
          if (note.startsWith("converted") && !coverage.contains(note)) {
            coverage.add(note);
          }
        }
      }
      return new Result(r.claim(), r.verdict(), r.estimate(), r.basis(), coverage, r.wouldSettle());
    } finally {
      queries.currency(before);
    }
  }

  private Result checkIn(FigureClaim c) throws SQLException {
    GoodsFilter goods = GoodsFilter.parse(c.goods(), catalog);
    String exporter = c.exporter().isBlank() ? "" : TradeQueries.code(c.exporter());
    String importer = TradeQueries.code(c.importer());
    String period = month(c.from()) + ".." + month(c.to());
    List<String> coverage = new ArrayList<>();
    return switch (c.kind()) {
      case SHARE -> {
        TradeQueries.Shares reported = queries.shares(importer, TradeQueries.Basis.REPORTED, goods, c.from(), c.to());
        coverage.add("reported: " + reported.coverage().summary());
        if (!reported.coverage().empty() && reported.total() > 0) {
          double share = 100 * reported.shares().stream().filter(s -> s.partner().equals(exporter))
              .mapToDouble(TradeQueries.Share::share).sum();
          yield judge(c, share, String.format(Locale.ROOT, "%s's imports of %s by partner, %s: %s has %.1f%% of "
              + "%,.0f %s", importer, goods.label(), period, exporter, share, reported.total(), reported.currency()),
              coverage, "");
        }
        yield new Result(c, Verdict.NOT_COVERED, Double.NaN, "the store has no imports of " + importer + " ("
            + goods.label() + ") by partner for " + period + "; a mirror share needs every partner's exports to "
            + importer + ", not only those in the store", coverage, importer + "'s imports of " + goods.label()
            + " by partner for " + period + ", or " + exporter + "'s exports to " + importer
            + " together with all other partners' exports to " + importer + " (mirror statistics, e.g. BACI)");
      }
      case VALUE -> {
        double m = exporter.isEmpty()
            ? queries.total(importer, "WLD", "M", goods, c.from(), c.to(), c.currency())
            : queries.total(importer, exporter, "M", goods, c.from(), c.to(), c.currency());
        String basis = importer + "'s imports" + (exporter.isEmpty() ? "" : " from " + exporter);
        if (Double.isNaN(m) && !exporter.isEmpty()) {
          m = queries.total(exporter, importer, "X", goods, c.from(), c.to(), c.currency());
          basis = exporter + "'s exports to " + importer + " (mirror)";
        }
        if (Double.isNaN(m)) {
          yield new Result(c, Verdict.NOT_COVERED, Double.NaN, "no " + goods.label() + " flow "
              + (exporter.isEmpty() ? "from all partners" : exporter) + " → " + importer + " in " + c.currency() + " for " + period, coverage, importer + "'s imports from "
              + (exporter.isEmpty() ? "all partners" : exporter) + " or " + (exporter.isEmpty() ? "partners'"
              : exporter + "'s") + " exports to " + importer + " of " + goods.label() + " for " + period);
        }
        yield judge(c, m, String.format(Locale.ROOT, "%s, %s, %s: %,.0f %s", basis, goods.label(), period, m,
            c.currency()), coverage, "");
      }
      case TRADE -> {
        double[] legs = {
            queries.total(importer, exporter, "M", goods, c.from(), c.to(), c.currency()),
            queries.total(importer, exporter, "X", goods, c.from(), c.to(), c.currency())};
        String side = importer;
        if (Double.isNaN(legs[0]) || Double.isNaN(legs[1])) {
          legs = new double[] {queries.total(exporter, importer, "M", goods, c.from(), c.to(), c.currency()),
              queries.total(exporter, importer, "X", goods, c.from(), c.to(), c.currency())};
          side = exporter;
        }
        if (Double.isNaN(legs[0]) || Double.isNaN(legs[1])) {
          yield new Result(c, Verdict.NOT_COVERED, Double.NaN, "no complete " + exporter + "–" + importer
              + " trade (imports and exports reported by one side) for " + period, coverage, "either side's "
              + "imports from and exports to the other, " + goods.label() + ", " + period);
        }
        double total = legs[0] + legs[1];
        yield judge(c, total, String.format(Locale.ROOT, "%s's imports (%,.0f) plus exports (%,.0f) with %s, %s, %s "
            + "= %,.0f %s", side, legs[0], legs[1], side.equals(importer) ? exporter : importer, goods.label(),
            period, total, c.currency()), coverage, "");
      }
    };
  }

  private static Result judge(FigureClaim c, double estimate, String basis, List<String> coverage, String settle) {
    double stated = c.value();
    boolean ok;
    if (c.kind() == FigureClaim.Kind.SHARE) {
      ok = switch (c.qualifier()) {
        case "over" -> estimate >= stated - 1;
        case "nearly" -> estimate <= stated + 1 && estimate >= stated - 10;
        default -> Math.abs(estimate - stated) <= 5;
      };
    } else {
      ok = switch (c.qualifier()) {
        case "over" -> estimate >= stated * 0.97;
        case "nearly" -> estimate <= stated * 1.03 && estimate >= stated * 0.85;
        default -> Math.abs(estimate - stated) <= 0.10 * Math.abs(stated);
      };
    }
    return new Result(c, ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, estimate, basis, coverage, settle);
  }

  private static String month(int yyyymm) {
    return String.format(Locale.ROOT, "%d-%02d", yyyymm / 100, yyyymm % 100);
  }
}

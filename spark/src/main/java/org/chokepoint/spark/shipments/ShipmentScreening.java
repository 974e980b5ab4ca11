package org.chokepoint.spark.shipments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * Screens the parties of shipments against the lists and flags CHPL goods bound for Russia or Belarus: the one
 * implementation both the embedded path (a loop over a file) and the Spark job (per partition) run. Shipment data
 * repeat the same companies endlessly, so answers are cached per name and country.
 */
public final class ShipmentScreening {
  /** The destinations for which CHPL goods are flagged. */
  public static final Set<String> CHPL_DESTINATIONS = Set.of("RU", "BY");
  private static final int CACHE_LIMIT = 500_000;

  /** The best list match of one party of a shipment, or {@link #NONE}. */
  public record Hit(String partyId, String caption, double score, String lists, String explanation) {
    public static final Hit NONE = new Hit("", "", 0, "", "");

    public boolean matched() {
      return !partyId.isEmpty();
    }
  }

  /** A screened shipment. */
  public record Result(ShipmentRecord shipment, Hit shipper, Hit consignee, String chplTier, boolean flagged) {}

  private final Screener screener;
  private final Map<String, String> chplTierByHs6;
  private final double threshold;
  private final Map<String, Hit> cache = new ConcurrentHashMap<>();

  public ShipmentScreening(Screener screener, Map<String, String> chplTierByHs6, double threshold) {
    this.screener = screener;
    this.chplTierByHs6 = Map.copyOf(chplTierByHs6);
    this.threshold = threshold;
  }

  public Result screen(ShipmentRecord s) {
    Hit shipper = party(s.shipper(), s.shipperCountry());
    Hit consignee = party(s.consignee(), s.consigneeCountry());
    String hs = s.hs().replaceAll("[^0-9]", "");
    String tier = hs.length() >= 6 ? chplTierByHs6.getOrDefault(hs.substring(0, 6), "") : "";
    boolean flagged = shipper.matched() || consignee.matched()
        || !tier.isEmpty() && CHPL_DESTINATIONS.contains(s.destination());
    return new Result(s, shipper, consignee, tier, flagged);
  }

  private Hit party(String name, String country) {
    if (name == null || name.isBlank() || name.length() > MatchQuery.MAX_NAME_LENGTH) {
      return Hit.NONE;
    }
    String key = name + "\u0000" + country;
    Hit cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    List<String> countries = country == null || country.isBlank() ? List.of()
        : List.of(country.toLowerCase(java.util.Locale.ROOT));
    List<Match> matches = screener.screen(new MatchQuery(name, Schema.LEGAL_ENTITY, countries, "", List.of(),
        threshold, 1));
    Hit hit = matches.isEmpty() ? Hit.NONE : new Hit(matches.getFirst().party().id(),
        matches.getFirst().party().caption(), matches.getFirst().score(),
        String.join("; ", matches.getFirst().party().listLabels()), Screener.describe(matches.getFirst().comparison()));
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, hit);
    return hit;
  }
}

package org.chokepoint.app.workspace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.chokepoint.trade.load.TradeCountries;

/**
 * What the evidence graph's trade routes compare: the bloc's exports before and after an event, to the target and to
 * third countries, for some goods groups.
 *
 * @param blocId the bloc's node ("EU")
 * @param bloc its members (ISO alpha-2)
 * @param target the country the goods are kept from
 * @param event the date after which exports are compared with those before
 * @param months how many months on each side
 * @param goodsGroups the goods groups whose routes are recorded
 */
public record GraphSettings(String blocId, List<String> bloc, String target, LocalDate event, int months,
    List<String> goodsGroups) {
  public GraphSettings {
    Objects.requireNonNull(blocId, "blocId");
    bloc = List.copyOf(bloc);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(event, "event");
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("months must be 1..120, got " + months);
    }
    goodsGroups = List.copyOf(goodsGroups);
  }

  /** EU-27 exports to Russia and to third countries, ten months either side of the invasion of 24 February 2022. */
  public static GraphSettings standard() {
    return new GraphSettings("EU", TradeCountries.EU27_MEMBERS, "RU", LocalDate.of(2022, 2, 24), 10,
        List.of("chpl", "machine-tools", "microelectronics", "optics"));
  }

  /** The first whole month after the event, as yyyymm (an event on the 1st starts its own month). */
  public int splitMonth() {
    YearMonth m = YearMonth.from(event);
    if (event.getDayOfMonth() != 1) {
      m = m.plusMonths(1);
    }
    return m.getYear() * 100 + m.getMonthValue();
  }
}

package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/** What the {@code check} command and {@code POST /check} share: the party lookup and the JSON of a check. */
public final class Checks {
  private Checks() {}

  /** The screening engine as the controls engine's party lookup: the best match at the default threshold. */
  public static ControlsEngine.PartyLookup partyLookup(Screener screener) {
    return name -> {
      List<Match> m = screener.screen(new MatchQuery(name, null, List.of(), "", List.of(),
          MatchQuery.DEFAULT_THRESHOLD, 1));
      return m.isEmpty() ? null : new ControlsEngine.PartyHit(m.getFirst().party().id(),
          m.getFirst().party().caption(), m.getFirst().score(), m.getFirst().party().lists());
    };
  }

  public static ObjectNode toJson(int n, ControlsEngine.Check c) {
    ObjectNode o = MatchJson.MAPPER.createObjectNode();
    o.put("shipment", n);
    o.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
    o.put("hs", c.hs());
    o.put("hs_note", c.hsNote());
    ArrayNode f = o.putArray("findings");
    for (ControlsEngine.Finding x : c.findings()) {
      f.addObject().put("rule", x.rule()).put("title", x.title())
          .put("verdict", x.verdict().name().toLowerCase(Locale.ROOT)).put("reason", x.reason())
          .put("detail", x.detail()).put("citation", x.citation());
    }
    return o;
  }


  /** A shipment's country as ISO alpha-2, "" when blank; an unknown one is an error naming the field. */
  public static String shipmentCountry(String text, String field) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String code = org.chokepoint.core.country.Countries.toIso2(text);
    if (code.isEmpty()) {
      throw new IllegalArgumentException(field + ": unknown country '" + text.strip() + "'");
    }
    return code;
  }
}

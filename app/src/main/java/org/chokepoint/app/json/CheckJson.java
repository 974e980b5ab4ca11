package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.chokepoint.app.workspace.Services.ShipmentCheck;
import org.chokepoint.goods.controls.ControlsEngine;

/** The JSON of a shipment check, the same for {@code check --json} and {@code POST /check}. */
public final class CheckJson {
  private CheckJson() {}

  /** The check's verdict, HS reading and findings, or its error. */
  public static ObjectNode check(ShipmentCheck s) {
    if (!s.ok()) {
      return MatchJson.MAPPER.createObjectNode().put("shipment", s.number()).put("error", s.error());
    }
    ControlsEngine.Check c = s.check();
    ObjectNode o = MatchJson.MAPPER.createObjectNode();
    o.put("shipment", s.number());
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
}

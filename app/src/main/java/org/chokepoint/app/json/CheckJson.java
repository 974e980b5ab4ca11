package org.chokepoint.app.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.app.workspace.Services.ShipmentCheck;
import org.chokepoint.goods.controls.ControlsEngine;

/** The JSON of shipment checks, the same for {@code check} and {@code POST /check}: shipments in, results out. */
public final class CheckJson {
  private CheckJson() {}

  /** The check's verdict, HS reading, findings, notes and jurisdictions, or its error. */
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
      finding(f.addObject(), x);
    }
    ArrayNode notes = o.putArray("notes");
    for (ControlsEngine.Finding x : c.notes()) {
      finding(notes.addObject(), x);
    }
    ArrayNode jurisdictions = o.putArray("jurisdictions");
    for (ControlsEngine.JurisdictionCall j : c.jurisdictions()) {
      jurisdictions.addObject().put("jurisdiction", j.jurisdiction()).put("title", j.title())
          .put("applies", j.applies()).put("why", j.why());
    }
    return o;
  }

  private static void finding(ObjectNode n, ControlsEngine.Finding x) {
    n.put("rule", x.rule()).put("title", x.title()).put("verdict", x.verdict().name().toLowerCase(Locale.ROOT))
        .put("reason", x.reason()).put("detail", x.detail()).put("citation", x.citation())
        .put("jurisdiction", x.jurisdiction()).put("scope", x.scope());
  }

  /**
   * The shipment objects in a JSON text: one object, an array of objects, {@code {"shipments": [...]}}, or several
   * objects one after another (JSON Lines, or simply concatenated). Anything else, including content after the
   * last object that is not an object, is an error naming its line and column, so no shipment is silently dropped.
   */
  public static List<JsonNode> shipments(String text) {
    List<JsonNode> values = new ArrayList<>();
    try (JsonParser parser = MatchJson.MAPPER.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonLocation at = parser.currentTokenLocation();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException("line " + at.getLineNr() + ", column " + at.getColumnNr()
              + ": expected a shipment object, found " + parser.getText());
        }
        values.add(MatchJson.MAPPER.readTree(parser));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException((at == null ? "" : "line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ": ") + "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (values.size() == 1) {
      JsonNode only = values.getFirst();
      JsonNode list = only.isObject() && only.has("shipments") ? only.get("shipments") : only;
      if (list.isArray()) {
        values = new ArrayList<>();
        list.forEach(values::add);
      }
    } else if (values.stream().anyMatch(v -> !v.isObject())) {
      throw new IllegalArgumentException("several JSON values: each must be one shipment object");
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no shipment: expected a shipment object, an array of them or "
          + "one object per line");
    }
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isObject()) {
        throw new IllegalArgumentException("shipment " + (i + 1) + " is not a JSON object");
      }
    }
    return List.copyOf(values);
  }
}

package org.chokepoint.app.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.core.country.Countries;
import org.chokepoint.goods.controls.Shipment;

/**
 * A shipment to check as an interface receives it (a JSON object, a CSV row), fields by their JSON names: origin,
 * exporter_country, destination, hs, description, production_date, shipper, consignee, date. The one place such a record becomes a
 * {@link Shipment}: countries may be names or codes, dates must be real ISO dates.
 */
public record ShipmentRequest(Map<String, String> fields) {
  /** The field names a shipment has. */
  public static final List<String> FIELDS = List.of("origin", "exporter_country", "destination", "hs",
      "description", "production_date", "shipper", "consignee", "date");

  /** Absent and null fields are left out. */
  public ShipmentRequest {
    Map<String, String> present = new HashMap<>();
    fields.forEach((k, v) -> {
      if (k != null && v != null) {
        present.put(k, v);
      }
    });
    fields = Map.copyOf(present);
  }

  /** The shipment, or every problem found at once, each naming its field. */
  public Shipment toShipment() {
    List<String> problems = new ArrayList<>();
    String origin = country("origin", problems);
    String destination = country("destination", problems);
    String exporter = country("exporter_country", problems);
    for (String field : List.of("production_date", "date")) {
      String d = text(field);
      if (!d.isEmpty() && !ScreeningRequest.isDate(d)) {
        problems.add(field + ": '" + d + "' is not an ISO date");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    return new Shipment(origin, destination, text("hs"), text("description"), text("production_date"),
        text("shipper"), text("consignee"), text("date"), exporter);
  }

  private String text(String field) {
    String v = fields.get(field);
    return v == null ? "" : v.strip();
  }

  private String country(String field, List<String> problems) {
    String text = text(field);
    if (text.isEmpty()) {
      return "";
    }
    String code = Countries.toIso2(text);
    if (code.isEmpty()) {
      problems.add(field + ": unknown country '" + text + "'");
    }
    return code;
  }
}

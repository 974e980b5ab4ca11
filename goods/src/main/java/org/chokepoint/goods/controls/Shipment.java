package org.chokepoint.goods.controls;

/**
 * A shipment to check. Countries are ISO alpha-2 (lower case); dates ISO 8601 or empty; {@code hs} may be empty
 * when {@code description} is given.
 */
public record Shipment(String origin, String destination, String hs, String description, String productionDate,
    String shipper, String consignee, String date) {
  public Shipment {
    origin = clean(origin);
    destination = clean(destination);
    hs = clean(hs);
    description = clean(description);
    productionDate = clean(productionDate);
    shipper = clean(shipper);
    consignee = clean(consignee);
    date = clean(date);
    if (hs.isEmpty() && description.isEmpty()) {
      throw new IllegalArgumentException("a shipment needs an hs code or a description");
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}

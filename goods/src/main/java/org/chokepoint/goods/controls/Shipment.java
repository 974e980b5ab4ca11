package org.chokepoint.goods.controls;

/**
 * A shipment to check. Countries are ISO alpha-2 (lower case); dates ISO 8601 or empty; {@code hs} may be empty
 * when {@code description} is given. {@code origin} is the goods' country of origin; {@code exporterCountry} the
 * country of the exporter (where it is established and ships from), taken to be {@code origin} when not given.
 */
public record Shipment(String origin, String destination, String hs, String description, String productionDate,
    String shipper, String consignee, String date, String exporterCountry) {
  /** A shipment whose exporter is in the goods' country of origin. */
  public Shipment(String origin, String destination, String hs, String description, String productionDate,
      String shipper, String consignee, String date) {
    this(origin, destination, hs, description, productionDate, shipper, consignee, date, "");
  }

  /** The exporter's country: as given, else the goods' origin, else "" (unknown). */
  public String exporter() {
    return exporterCountry.isEmpty() ? origin : exporterCountry;
  }

  public Shipment {
    exporterCountry = clean(exporterCountry).toLowerCase(java.util.Locale.ROOT);
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

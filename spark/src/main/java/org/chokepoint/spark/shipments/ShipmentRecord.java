package org.chokepoint.spark.shipments;

/**
 * One shipment record, as customs or commercial shipment data give it.
 *
 * @param hs the declared HS code (6 digits or more), "" when missing
 * @param value declared value in USD
 */
public record ShipmentRecord(String id, String date, String shipper, String shipperCountry, String consignee,
    String consigneeCountry, String origin, String destination, String hs, String description, double value) {
  /** The CSV header of {@link #csv()}. */
  public static final String HEADER = "id,date,shipper,shipper_country,consignee,consignee_country,origin,destination,"
      + "hs,description,value";

  /** One CSV line (quoted where needed). */
  public String csv() {
    return String.join(",", q(id), q(date), q(shipper), q(shipperCountry), q(consignee), q(consigneeCountry),
        q(origin), q(destination), q(hs), q(description), String.valueOf((long) value));
  }

  private static String q(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

package org.chokepoint.reports.story;

/**
 * The one real-world event a report is about: who did what, when.
 *
 * @param date ISO date of the event at the precision the text gives ("2024-04-12", "2024-04", "2024"), "" when the
 *     report gives none
 * @param action what was done: sanction, listing, penalty, ban, response, disclosure, statement, or "" when unclear
 * @param actor ISO code of the acting country or bloc ("US", "CN", "EU"), "" when unclear
 */
public record ReportEvent(String date, String action, String actor) {
  /** Nothing known. */
  public static final ReportEvent UNKNOWN = new ReportEvent("", "", "");

  /** Whether the date is known to the day. */
  public boolean dated() {
    return date.length() == 10;
  }
}

/**
 * Measures the reports pipeline against labelled reports (one JSON object per report: its event, organisations with
 * roles, goods with HS headings, figures, denial and objection, junk lines; the format is in
 * {@code eval/README.md}): company recall and precision, role accuracy, goods and figures recall, denial and
 * objection accuracy, boilerplate removed and body kept, and the adjusted Rand index of stories against events.
 * {@code reports eval FILE} prints these, so anyone can repeat a measurement.
 */
package org.chokepoint.reports.eval;

/**
 * The reports capability: {@link org.chokepoint.reports.ReportPipeline} reads, cleans and extracts news articles and
 * official releases and groups them into stories (one story per real-world event), and
 * {@link org.chokepoint.reports.ReportStore} keeps uploaded reports in the data directory, processing each upload
 * once and regrouping incrementally.
 */
package org.chokepoint.reports;

/**
 * The analyst's brief of a story in HTML and Markdown: summary, claims with sources and conflicts, named companies
 * with list status (apart from the authorities, sources and people named), goods, denials, objections, timeline.
 */
package org.chokepoint.reports.brief;

/**
 * Extraction from cleaned text, by rules and word tables kept as data: countries, organisations with their role
 * (company, government, international, media, research — {@code organisations.tsv}, {@code role-words.tsv}) and
 * people; goods with HS headings; figures with qualifiers, what they count and periods; and claims (supply, shares,
 * trade values, sanctions and listings with their counts, bans, denials, objections, statements). Reports in Chinese
 * and Russian get what needs no English grammar: countries, figures and stances.
 */
package org.chokepoint.reports.extract;

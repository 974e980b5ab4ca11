/**
 * Reading report files: plain text, HTML, and text with {@code URL:}/{@code TITLE:}/{@code DATE:} headers, decoded
 * line by line (UTF-8, else Windows-1252, with mojibake repaired) into a {@link org.chokepoint.reports.read.SourceDocument};
 * only http(s) addresses are kept as links, and a URL's path dates a document that says nothing else.
 */
package org.chokepoint.reports.read;

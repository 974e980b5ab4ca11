package org.chokepoint.reports.story;

/** Where a consolidated statement comes from: the document, its evidence sentence and offsets, and any figure. */
public record Citation(String doc, int sourceGroup, String evidence, int start, int end, String figure,
    String qualifier, String period, String periodText) {}

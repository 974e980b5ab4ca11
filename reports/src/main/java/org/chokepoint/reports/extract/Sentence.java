package org.chokepoint.reports.extract;

/** A sentence of the cleaned text, by offsets. */
public record Sentence(int start, int end, String text) {}

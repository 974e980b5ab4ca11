package org.chokepoint.reports.extract;

/** A military end use named in a report ("ballistic missiles" → missiles). */
public record EndUse(String name, String use, int start, int end) {}

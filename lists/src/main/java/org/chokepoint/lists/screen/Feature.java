package org.chokepoint.lists.screen;

/** One rule's contribution to a match's final score, e.g. {@code country +0.03 "cn matches"}. */
public record Feature(String name, double contribution, String detail) {}

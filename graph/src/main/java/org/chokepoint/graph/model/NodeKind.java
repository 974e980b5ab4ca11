package org.chokepoint.graph.model;

/** What a node of the evidence graph stands for. */
public enum NodeKind { PARTY, COUNTRY, GOODS, END_USE, DOCUMENT, CLAIM, LIST }

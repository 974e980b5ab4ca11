package org.chokepoint.reports.extract;

/** What a named entity in a report is. */
public enum EntityType { COUNTRY, ORGANIZATION, PERSON }

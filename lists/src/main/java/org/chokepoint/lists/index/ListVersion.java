package org.chokepoint.lists.index;

/**
 * The version of one list source an index was built from: the file in the data directory, its SHA-256 and size,
 * where the update fetched it from and when, and the date the source's file name carries (the publisher's date, when
 * the file is named so), for audit records.
 *
 * @param sourceDate ISO date found in the origin's file name, "" when none
 */
public record ListVersion(String source, String file, String sha256, long bytes, String origin, String fetchedAt,
    String sourceDate) {}

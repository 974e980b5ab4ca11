/**
 * Screening names against the lists: queries with hints and exclusions, candidate retrieval, re-scoring, explained
 * matches, delta screening against changed entries, and the provenance every answer carries.
 */
package org.chokepoint.lists.screen;

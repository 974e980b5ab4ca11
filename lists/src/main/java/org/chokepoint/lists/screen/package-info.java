/** Screening names against the lists: queries with hints, candidate retrieval, re-scoring and explained matches. */
package org.chokepoint.lists.screen;

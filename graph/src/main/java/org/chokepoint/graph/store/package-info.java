/**
 * The evidence graph on disk: builds written beside the live DuckDB file and renamed over it under a build lock,
 * read-only loading, leftovers of killed builds removed, and the live snapshot a server answers from.
 */
package org.chokepoint.graph.store;

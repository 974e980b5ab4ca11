/**
 * The trade store: a narrow DuckDB fact table with its product, file and name dimensions behind one view, an import
 * manifest with hashes, and snapshots switched in atomically through CURRENT so that the CLI and the server can read
 * while an import runs.
 */
package org.chokepoint.trade.store;

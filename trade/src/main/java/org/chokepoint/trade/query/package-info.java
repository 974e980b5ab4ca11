/**
 * The questions analysts ask of the trade store (shares, flows, change, conduits, mirror gaps), each answer with its
 * coverage and anomalies, in the data's own currencies or converted at ECB rates; goods filters by group, HS code or
 * a file's aggregate.
 */
package org.chokepoint.trade.query;

/**
 * Assembling the evidence graph from the capabilities' outputs: listed parties, the claims of reports and the routes
 * trade data shows, each edge with the source it came from.
 */
package org.chokepoint.graph.assemble;

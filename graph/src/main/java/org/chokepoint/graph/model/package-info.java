/** The evidence graph in memory: nodes and edges of closed kinds, every edge carrying its date, source and evidence. */
package org.chokepoint.graph.model;

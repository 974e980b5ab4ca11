/** Writing the evidence graph for other tools: FollowTheMoney-style JSON lines, CSV node and edge tables, GraphML. */
package org.chokepoint.graph.export;

/** Questions of the evidence graph: neighbours, chains linking two nodes, suppliers of goods, what is new, search. */
package org.chokepoint.graph.query;

/** The records every capability shares: entities on lists, their names, identifiers and listings, and provenance. */
package org.chokepoint.core.model;

/**
 * One loader per list format (OFAC CSV, UN XML, EU per-act CSV, UK tables, JSON compilations, OpenSanctions CSV),
 * each producing {@link org.chokepoint.core.model.Entity} records and a {@link org.chokepoint.lists.load.LoadReport}.
 */
package org.chokepoint.lists.load;

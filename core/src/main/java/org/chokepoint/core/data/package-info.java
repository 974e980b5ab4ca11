/** The data directory, the registry of sources Chokepoint reads, and the update that fills it from publishers or a mirror. */
package org.chokepoint.core.data;

/** Linking the entities several lists publish about one party into a {@link org.chokepoint.core.model.Party}. */
package org.chokepoint.lists.link;

/** The Common High Priority List of items Russia seeks for its weapons, by tier. */
package org.chokepoint.goods.chpl;

/**
 * Checks of stated trade figures (a share, a value, two-way trade) against the store: consistent, inconsistent, or
 * not covered with the data that would settle it; in the claim's own currency, converting at ECB rates where the
 * store has them.
 */
package org.chokepoint.trade.check;

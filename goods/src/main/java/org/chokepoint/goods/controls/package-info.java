/** Trade-control rules as data (with citations and dates) and the engine that checks shipments against them. */
package org.chokepoint.goods.controls;

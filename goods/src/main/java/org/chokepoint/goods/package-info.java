/** Goods: the HS nomenclature and its editions, the Common High Priority List and named goods groups. */
package org.chokepoint.goods;

/** Named goods groups defined as data and resolved to HS subheadings. */
package org.chokepoint.goods.groups;

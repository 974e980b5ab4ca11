/** Classifying goods descriptions into HS headings and subheadings, and measuring it. */
package org.chokepoint.goods.classify;

/**
 * Comparing names: preparation (folding, legal forms, word order, numbers, initials), word weights, the pairwise
 * {@link org.chokepoint.lists.match.NameScorer} and its explanation.
 */
package org.chokepoint.lists.match;

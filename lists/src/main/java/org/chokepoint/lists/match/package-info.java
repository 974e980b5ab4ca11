/**
 * Comparing names: preparation (folding, legal forms, word order, numbers, initials), the readings a name has under
 * other romanisation systems (Cyrillic conventions, passport systems, Korean, Japanese), consonant skeletons of
 * Semitic names, given-name short forms, word weights, the pairwise {@link org.chokepoint.lists.match.NameScorer}
 * and its explanation.
 */
package org.chokepoint.lists.match;

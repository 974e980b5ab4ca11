/**
 * Measuring screening quality on labelled data: pair precision/recall/F1 per schema and category, top-1 recall with
 * a seeded typo treatment, false-positive rate per script, and a cross-script set built from the lists with a
 * hash-split hold-out.
 */
package org.chokepoint.lists.eval;

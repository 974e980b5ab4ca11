/** Measuring screening quality on labelled data: pair precision/recall/F1, top-1 recall, false-positive rate. */
package org.chokepoint.lists.eval;

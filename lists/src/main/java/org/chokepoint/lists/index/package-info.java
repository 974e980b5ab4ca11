/** The on-disk screening index (Lucene plus prepared names and linked parties), its atomic rebuilds and freshness. */
package org.chokepoint.lists.index;

/**
 * The on-disk screening index (Lucene plus prepared names and linked parties), its atomic rebuilds and freshness, the
 * list versions each build was made from, and the change log of what each build added, removed and changed.
 */
package org.chokepoint.lists.index;

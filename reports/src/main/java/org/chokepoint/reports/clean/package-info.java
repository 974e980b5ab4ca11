/**
 * Separating an article's body from its wrapping, line by line for the genre: share prompts, navigation, page date
 * stamps, bylines, captions and credits, teasers, labels, repeats ({@code boilerplate.tsv}); datelines become the
 * publication date; the body's language is detected from its script and commonest words.
 */
package org.chokepoint.reports.clean;

/** Text normalisation shared by every capability: folding names to comparable ASCII words, dates lists write. */
package org.chokepoint.core.text;

/** The {@code chokepoint} launcher: the entry point that hands the command line to {@link org.chokepoint.app.cli}. */
package org.chokepoint.app;

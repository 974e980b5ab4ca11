/**
 * The command line (picocli): one class per command, each translating options into calls on the {@link
 * org.chokepoint.app.workspace application layer} and its answers into text or JSON. Exit codes: 0 done, 1 failed,
 * 2 bad usage.
 */
package org.chokepoint.app.cli;

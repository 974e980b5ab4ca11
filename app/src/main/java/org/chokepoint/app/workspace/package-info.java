/**
 * The application layer between the capabilities and the interfaces. {@link
 * org.chokepoint.app.workspace.DataLayout} is the one place that names the data directory's files; {@link
 * org.chokepoint.app.workspace.Workspace} opens each capability stored there once, so that the server and
 * command-line readers can share the directory; {@link org.chokepoint.app.workspace.Services} holds what was opened
 * and the use cases two interfaces share (screen, check shipments, check a story's figures, build the graph, write a
 * brief); requests arrive as {@link org.chokepoint.app.workspace.ScreeningRequest} and {@link
 * org.chokepoint.app.workspace.ShipmentRequest}. The command line, the HTTP API, the web UI and the benchmarks call
 * this package and never each other.
 */
package org.chokepoint.app.workspace;

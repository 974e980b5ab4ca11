/** The JSON shapes the command line and the HTTP API share: matches, goods, checks, trade answers, graph nodes. */
package org.chokepoint.app.json;

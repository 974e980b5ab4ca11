/**
 * The HTTP API: one small class per capability (screening, goods, check, reports, graph, status; trade in {@link
 * org.chokepoint.app.http.TradeApi}), registered by {@link org.chokepoint.app.http.ApiServer}, which also limits
 * what clients may send and maps every error to a status in one place. Described by {@code openapi.json}.
 */
package org.chokepoint.app.http;

/**
 * The analyst's web UI, server-rendered from the same process as the HTTP API: {@link
 * org.chokepoint.app.web.WebUi} registers the routes and the security headers and draws the home page and search;
 * one class per kind of page draws the rest (NodePages: parties, claims, documents, countries, lists, end uses;
 * StoryPages; GoodsPages: goods groups and every HS chapter, heading and subheading; NetworkPage with NetworkSvg;
 * ScreenPage), all writing through Html, which escapes every text, percent-encodes every id put into a path and
 * renders only http(s) addresses as links. Claims lists the claims about nodes once each, TradeCharts draws a chart
 * only when the trade store can fill it, and Style is the one stylesheet.
 */
package org.chokepoint.app.web;

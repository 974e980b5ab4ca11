/** The JSON contract of reports, documents and stories ({@code docs/reports-json.md}); fields are only added. */
package org.chokepoint.reports.json;

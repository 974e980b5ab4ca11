/** Batch screening: a CSV or JSON-lines file of names screened on several threads, results written in input order. */
package org.chokepoint.app.batch;

/**
 * The Spark jobs: screening shipments against the lists and aggregating trade (shares, changes, conduits) with the
 * same rules as the embedded trade store, so both give the same answers.
 */
package org.chokepoint.spark.jobs;

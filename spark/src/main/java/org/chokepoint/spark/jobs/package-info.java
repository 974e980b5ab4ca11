/** The Spark jobs: trade aggregation and shipment screening, each reusing the embedded code per partition. */
package org.chokepoint.spark.jobs;

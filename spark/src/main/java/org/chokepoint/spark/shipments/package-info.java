/**
 * Shipment records for the screening job: reading and writing them, screening one with the embedded screener, and a
 * generator of synthetic shipments for benchmarks.
 */
package org.chokepoint.spark.shipments;

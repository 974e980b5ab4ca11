/**
 * Shipment records: reading and generating them, and screening their parties and goods the same way in and out of
 * Spark.
 */
package org.chokepoint.spark.shipments;

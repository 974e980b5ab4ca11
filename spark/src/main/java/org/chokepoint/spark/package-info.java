/**
 * Entry point and shared helpers of the Spark job jar: sessions, the jobs' command line (with Spark's log at WARN
 * unless --verbose), and the benchmark against the embedded path.
 */
package org.chokepoint.spark;

/** Spark scale-out: the jobs' entry point and the helpers the jobs, their tests and the benchmark share. */
package org.chokepoint.spark;

/**
 * Experiments and sweeps of replications on an Apache Spark cluster ({@link
 * io.github.matchsim.spark.SparkExperiment}), with the same results as the local {@link
 * io.github.matchsim.simulate.Experiment}: what crosses the wire is a description (a {@link
 * io.github.matchsim.simulate.ReplicationSource}'s name, its settings, the master seed and a block
 * of replication indices), never a closure; each task runs a contiguous block, and the driver
 * orders the rows and summarizes them with the library's own code. {@link
 * io.github.matchsim.spark.SparkSweepCommand} launches a sweep with {@code spark-submit}.
 */
package io.github.matchsim.spark;

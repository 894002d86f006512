package io.github.matchsim.spark;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Experiment.ExperimentResult;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The command's Spark side, in a class of its own so that {@code --engine local} never loads Spark:
 * a session on the master {@code spark-submit} set, the sweep, and the session closed.
 */
final class OnSpark {
  private OnSpark() {}

  static List<ExperimentResult> sweep(Experiment experiment, int partitions, String source,
      List<Map<String, String>> settings) {
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("match-spark " + source))) {
      return SparkExperiment.of(experiment).partitions(partitions).sweep(spark, source, settings);
    }
  }
}

package io.github.matchsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Experiment.ExperimentResult;
import io.github.matchsim.simulate.ReplicationSource;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replications through a {@code local[2]} Spark session give rows and summaries byte-identical to
 * the local {@link Experiment}'s, whatever the number of partitions; failures name their
 * replication and seed.
 */
class SparkExperimentTest {
  private static final int REPLICATIONS = 30;
  private static final long MASTER_SEED = 2025;
  private static final List<Map<String, String>> SETTINGS = List.of(
      Map.of("applicants", "300", "couple_share", "0"),
      Map.of("applicants", "500", "couple_share", "0.1"));

  private static JavaSparkContext spark;
  private static List<ExperimentResult> local;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf()
        .setMaster("local[2]")
        .setAppName("match-spark tests")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1"));
    spark.setLogLevel("WARN");
    local = experiment().sweep(ReplicationSource.named("test-market"), SETTINGS);
  }

  /** The experiment both engines run. */
  private static Experiment experiment() {
    return Experiment.builder().replications(REPLICATIONS).masterSeed(MASTER_SEED).threads(2).build();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {3, 17})
  void aSweepGivesTheLocalRowsAndSummariesByteForByte(int partitions) throws IOException {
    List<ExperimentResult> distributed = SparkExperiment.of(experiment()).partitions(partitions)
        .sweep(spark, "test-market", SETTINGS);
    assertEquals(SETTINGS.size(), distributed.size());
    for (int s = 0; s < SETTINGS.size(); s++) {
      assertEquals(replicationsCsv(local.get(s)), replicationsCsv(distributed.get(s)), "setting " + s);
      assertEquals(summaryCsv(local.get(s)), summaryCsv(distributed.get(s)), "setting " + s);
      assertEquals(local.get(s).summaries(), distributed.get(s).summaries(), "setting " + s);
    }
    // Not a vacuous comparison: the rows differ between replications and between settings.
    assertTrue(replicationsCsv(distributed.get(0)).lines().skip(1).distinct().count() > REPLICATIONS / 2);
    assertTrue(!replicationsCsv(distributed.get(0)).equals(replicationsCsv(distributed.get(1))));
  }

  @Test
  void oneSettingIsAnExperiment() throws IOException {
    ExperimentResult one = SparkExperiment.of(experiment()).run(spark, "test-market", SETTINGS.get(1));
    assertEquals(replicationsCsv(local.get(1)), replicationsCsv(one));
  }

  @Test
  void aFailedReplicationIsNamedByIndexAndSeed() {
    IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SparkExperiment.of(
        Experiment.builder().replications(8).masterSeed(MASTER_SEED).build()).partitions(3)
        .run(spark, "test-market", Map.of("applicants", "100", "fail_at", "5")));
    assertTrue(failure.getMessage().contains("replication 5 (seed " + Experiment.seedOf(MASTER_SEED, 5) + ")"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("asked to fail"), failure.getMessage());
  }

  @Test
  void unknownSourcesAndRefusedSettingsFailOnTheDriver() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> SparkExperiment.of(experiment()).run(spark, "no-such-source", Map.of()));
    assertTrue(unknown.getMessage().contains("test-market"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SparkExperiment.of(experiment()).run(spark, "test-market", Map.of("applicants", "1")));
  }

  private static String replicationsCsv(ExperimentResult result) throws IOException {
    StringWriter out = new StringWriter();
    result.writeReplicationsCsv(out);
    return out.toString();
  }

  private static String summaryCsv(ExperimentResult result) throws IOException {
    StringWriter out = new StringWriter();
    result.writeSummaryCsv(out);
    return out.toString();
  }
}

package io.github.matchsim.spark;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Experiment.ExperimentResult;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.ReplicationSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * An {@link Experiment} run on a Spark cluster: its replications {@code 0..n-1} from its master
 * seed, for one setting of a {@link ReplicationSource} or for a sweep over several, with the very
 * result the local run gives, whatever the number of partitions, executors or cores. The
 * experiment's threads and progress callback are the local run's and play no part here.
 *
 * <p>The driver cuts the replications (of every setting, one after another) into contiguous
 * blocks, one task each. A task gets only the source's name, the settings, the master seed and its
 * block; on the executor it finds the source by name, makes each setting's replication and runs its
 * block in order, replication {@code i} with the seed {@link Experiment#seedOf(long, int)} gives
 * it. The driver collects the rows, orders them by index and builds the local {@link
 * ExperimentResult} from them, so summaries and CSVs come from the library's own code: no
 * statistic is computed by Spark, whose sums depend on how rows are partitioned.
 *
 * <pre>{@code
 * Experiment experiment = Experiment.builder().replications(1000).masterSeed(1).build();
 * List<Map<String, String>> settings = List.of(Map.of("scale", "0.05", "couple_percent", "5"),
 *     Map.of("scale", "0.05", "couple_percent", "10"));
 * try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("sweep"))) {
 *   List<ExperimentResult> results = SparkExperiment.of(experiment).sweep(spark, "couples", settings);
 *   // the same as experiment.sweep(ReplicationSource.named("couples"), settings), computed on the cluster
 * }
 * }</pre>
 *
 * <p>Each task costs Spark about 2 ms and each job about 100 ms (measured when this module was
 * proposed, on the project's 2-core machine), so a block should hold many
 * replications; but replications of different settings differ in cost, and with few blocks a core
 * that drew the costly ones finishes long after the others. The default, {@value
 * #BLOCKS_PER_CORE} blocks per core the cluster offers, balances the two: a sweep of 1,200
 * replications in 12 settings took 121 s in 8 blocks and 95 s in 64 on a 2-core worker.
 */
public final class SparkExperiment {
  private final Experiment experiment;
  private final int partitions;

  private SparkExperiment(Experiment experiment, int partitions) {
    this.experiment = Objects.requireNonNull(experiment, "experiment");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be ≥ 0, not " + partitions);
    }
    this.partitions = partitions;
  }

  /** Blocks (tasks) per core the cluster offers, unless {@link #partitions} says otherwise. */
  public static final int BLOCKS_PER_CORE = 16;

  /** The experiment, to run on a cluster in {@value #BLOCKS_PER_CORE} blocks per core the cluster offers. */
  public static SparkExperiment of(Experiment experiment) {
    return new SparkExperiment(experiment, 0);
  }

  /**
   * The same, cut into {@code partitions} blocks (tasks), at least 1; 0 for {@value
   * #BLOCKS_PER_CORE} per core the cluster offers. Results do not depend on it.
   */
  public SparkExperiment partitions(int partitions) {
    return new SparkExperiment(experiment, partitions);
  }

  /**
   * Runs the replications of one setting of the source named {@code source}, as {@code
   * experiment.run(ReplicationSource.named(source).replication(settings))} does locally.
   *
   * @throws IllegalArgumentException if the driver knows no source of that name, or it refuses the setting
   * @throws IllegalStateException naming the first replication that failed, by index and seed
   */
  public ExperimentResult run(JavaSparkContext spark, String source, Map<String, String> settings) {
    return sweep(spark, source, List.of(settings)).get(0);
  }

  /**
   * Runs the replications of each setting in turn, every setting with the same master seed, as
   * {@link Experiment#sweep} does locally.
   *
   * @return one result per setting, in the order given
   * @throws IllegalArgumentException if the driver knows no source of that name, or it refuses a setting
   * @throws IllegalStateException naming the first replication that failed, by setting, index and seed
   */
  public List<ExperimentResult> sweep(JavaSparkContext spark, String source, List<Map<String, String>> settings) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(source, "source");
    if (settings.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one setting");
    }
    // Refused settings are the caller's mistake: find them here, before any task starts.
    ReplicationSource found = ReplicationSource.named(source);
    settings.forEach(found::replication);
    int replications = experiment.replications();
    long masterSeed = experiment.masterSeed();
    SweepPlan plan = new SweepPlan(source, settings, replications, masterSeed);
    int blocks = partitions > 0 ? partitions : BLOCKS_PER_CORE * spark.defaultParallelism();
    List<ReplicationRow> rows = new ArrayList<>(spark.parallelize(plan.blocks(blocks), blocks)
        .flatMap(new BlockRunner(plan))
        .collect());
    rows.sort(Comparator.comparingLong(row -> row.index));
    if (rows.size() != plan.total()) {
      throw new IllegalStateException("Spark returned " + rows.size() + " rows for " + plan.total() + " replications");
    }
    for (ReplicationRow row : rows) {
      if (row.failure != null) {
        int s = (int) (row.index / replications);
        int i = (int) (row.index % replications);
        throw new IllegalStateException((settings.size() > 1 ? "setting " + settings.get(s) + ": " : "")
            + "replication " + i + " (seed " + Experiment.seedOf(masterSeed, i) + ") failed: " + row.failure);
      }
    }
    List<ExperimentResult> results = new ArrayList<>(settings.size());
    for (int s = 0; s < settings.size(); s++) {
      List<Map<Metric, Double>> setting = new ArrayList<>(replications);
      for (int i = 0; i < replications; i++) {
        setting.add(rows.get(s * replications + i).metrics());
      }
      results.add(ExperimentResult.of(masterSeed, setting));
    }
    return results;
  }
}

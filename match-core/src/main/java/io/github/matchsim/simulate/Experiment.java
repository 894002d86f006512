package io.github.matchsim.simulate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs replications of a simulation in parallel and summarizes their metrics.
 *
 * <p>Replication {@code i} gets the seed {@link #seedOf(long, int)} of the master seed and {@code
 * i}, and its metrics are kept at position {@code i}: results are identical whatever the number
 * of threads and whatever order the replications finish in.
 *
 * <pre>{@code
 * ExperimentResult result = Experiment.builder().replications(100).masterSeed(2025).build()
 *     .run((index, seed) -> Map.of("matched", (double) simulateOnce(seed)));
 * System.out.println(result.summary("matched"));
 * }</pre>
 */
public final class Experiment {
  private final int replications;
  private final long masterSeed;
  private final int threads;
  private final IntConsumer progress;

  private Experiment(Builder builder) {
    this.replications = builder.replications;
    this.masterSeed = builder.masterSeed;
    this.threads = builder.threads;
    this.progress = builder.progress;
  }

  /** A builder: 100 replications, master seed 1, all available processors, no progress callback. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed of replication {@code index}: SplitMix64's mixing function applied to the master seed
   * advanced by {@code index + 1} steps of the golden-ratio increment, so that neighbouring
   * replications get unrelated seeds.
   */
  public static long seedOf(long masterSeed, int index) {
    long z = masterSeed + (index + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Runs every replication and returns their metrics in replication order.
   *
   * @throws IllegalStateException if a replication throws, or replications return different metric names
   */
  public ExperimentResult run(Replication replication) {
    Objects.requireNonNull(replication, "replication");
    List<Map<Metric, Double>> rows = new ArrayList<>(replications);
    for (int i = 0; i < replications; i++) {
      rows.add(null);
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, replications)), runnable -> {
      Thread thread = new Thread(runnable, "matchsim-replication");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < replications; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          Map<Metric, Double> metrics = new LinkedHashMap<>(replication.run(index, seedOf(masterSeed, index)));
          synchronized (rows) {
            rows.set(index, metrics);
          }
          int finished = done.incrementAndGet();
          if (progress != null) {
            synchronized (progress) {
              progress.accept(finished);
            }
          }
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("replication " + i + " (seed " + seedOf(masterSeed, i) + ") failed: "
              + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return new ExperimentResult(masterSeed, rows);
  }

  /** The metrics of every replication, and their summaries. */
  public static final class ExperimentResult {
    private final long masterSeed;
    private final List<Map<Metric, Double>> rows;
    private final List<Metric> names;

    /**
     * The result of replications run elsewhere (on a cluster, say): {@code rows.get(i)} holds the
     * metrics of replication {@code i}, run with the seed {@link #seedOf seedOf(masterSeed, i)}.
     *
     * @throws IllegalArgumentException if a row is missing
     * @throws IllegalStateException if rows have different metric names, as {@link #run} does
     */
    public static ExperimentResult of(long masterSeed, List<Map<Metric, Double>> rows) {
      Objects.requireNonNull(rows, "rows");
      List<Map<Metric, Double>> copies = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i) == null) {
          throw new IllegalArgumentException("replication " + i + " has no row");
        }
        copies.add(new LinkedHashMap<>(rows.get(i)));
      }
      return new ExperimentResult(masterSeed, copies);
    }

    ExperimentResult(long masterSeed, List<Map<Metric, Double>> rows) {
      this.masterSeed = masterSeed;
      this.rows = List.copyOf(rows);
      this.names = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
      for (int i = 0; i < rows.size(); i++) {
        if (!rows.get(i).keySet().equals(rows.get(0).keySet())) {
          throw new IllegalStateException("replication " + i + " returned metrics " + rows.get(i).keySet()
              + ", replication 0 returned " + rows.get(0).keySet());
        }
      }
    }

    /** The metrics, in the order the first replication returned them. */
    public List<Metric> metrics() {
      return names;
    }

    /** Replication {@code i}'s metrics. */
    public Map<Metric, Double> replication(int i) {
      return java.util.Collections.unmodifiableMap(rows.get(i));
    }

    /** The number of replications. */
    public int replications() {
      return rows.size();
    }

    /** The summary of one metric. */
    public MetricSummary summary(Metric name) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("no metric " + name + "; the metrics are " + names);
      }
      double[] values = rows.stream().mapToDouble(row -> row.get(name)).toArray();
      return MetricSummary.of(name, values);
    }

    /** Every metric's summary, in metric order. */
    public List<MetricSummary> summaries() {
      return names.stream().map(this::summary).toList();
    }

    /** Writes one CSV row per replication: {@code replication,seed,} then the metrics. */
    public void writeReplicationsCsv(Writer out) throws IOException {
      out.write("replication,seed");
      for (Metric name : names) {
        out.write("," + name.name()); // a Metric's name is a CSV field as it stands
      }
      out.write("\n");
      for (int i = 0; i < rows.size(); i++) {
        out.write(i + "," + seedOf(masterSeed, i));
        for (Metric name : names) {
          out.write("," + number(rows.get(i).get(name)));
        }
        out.write("\n");
      }
      out.flush();
    }

    /** Writes one CSV row per metric: {@code metric,replications,mean,sd,ci95_low,ci95_high}. */
    public void writeSummaryCsv(Writer out) throws IOException {
      out.write("metric,replications,mean,sd,ci95_low,ci95_high\n");
      for (MetricSummary s : summaries()) {
        out.write(s.name() + "," + s.replications() + "," + number(s.mean()) + "," + number(s.standardDeviation())
            + "," + number(s.low()) + "," + number(s.high()) + "\n");
      }
      out.flush();
    }

    private static String number(double value) {
      return Double.isNaN(value) ? "" : value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6g", value);
    }
  }

  /**
   * Runs a sweep: this experiment's replications for each of {@code settings} in turn, every
   * setting with the same master seed (so that settings are compared on the same seeds).
   *
   * @return one result per setting, in the order given
   */
  public List<ExperimentResult> sweep(ReplicationSource source, List<Map<String, String>> settings) {
    Objects.requireNonNull(source, "source");
    List<ExperimentResult> results = new ArrayList<>(settings.size());
    for (Map<String, String> setting : settings) {
      results.add(run(source.replication(setting)));
    }
    return results;
  }

  /** How many replications it runs. */
  public int replications() {
    return replications;
  }

  /** The master seed replications' seeds derive from. */
  public long masterSeed() {
    return masterSeed;
  }

  /** Settings of an {@link Experiment}. */
  public static final class Builder {
    private int replications = 100;
    private long masterSeed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private IntConsumer progress;

    private Builder() {}

    /** How many replications, at least 1. */
    public Builder replications(int replications) {
      if (replications < 1) {
        throw new IllegalArgumentException("replications must be ≥ 1, not " + replications);
      }
      this.replications = replications;
      return this;
    }

    /** The seed every replication's seed is derived from. */
    public Builder masterSeed(long seed) {
      this.masterSeed = seed;
      return this;
    }

    /** Threads to run on, at least 1 (default: all available processors); results do not depend on it. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Called with the number of replications finished, each time one finishes, one call at a time. */
    public Builder progress(IntConsumer progress) {
      this.progress = progress;
      return this;
    }

    /** The experiment. */
    public Experiment build() {
      return new Experiment(this);
    }
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Replication;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * One run of a study: how many replications, the master seed, the scale of the market (1 for the
 * national market), the output folder and a progress callback.
 *
 * <p>A study runs its replications with {@link #replicate}, once. That one call is also how {@link
 * StudySource} takes a study's replication, exactly as the study defines it, to run it elsewhere
 * (on a cluster): it hands the study a run that keeps the replication and stops the study there,
 * before anything is written.
 *
 * @param replications replications to run
 * @param seed the master seed
 * @param scale the market's size relative to the national one
 * @param out the folder to write into; created if needed
 * @param progress called with the number of replications finished
 * @param engine what {@link #replicate} does with the replication: run it here, or keep it
 */
public record StudyRun(int replications, long seed, double scale, Path out, IntConsumer progress, Engine engine) {
  /** What runs a study's replications. */
  interface Engine {
    Experiment.ExperimentResult run(StudyRun run, Replication replication);
  }

  /** Runs them here, in parallel, with this run's replications, seed and progress callback. */
  private static final Engine LOCAL = (run, replication) -> run.experiment().run(replication);

  public StudyRun {
    if (replications < 2) {
      throw new IllegalArgumentException("a study needs at least 2 replications for its intervals, not " + replications);
    }
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(engine, "engine");
    progress = progress == null ? done -> { } : progress;
  }

  /** A run on this machine. */
  public StudyRun(int replications, long seed, double scale, Path out, IntConsumer progress) {
    this(replications, seed, scale, out, progress, LOCAL);
  }

  /** An experiment with these replications, seed and progress callback. */
  public Experiment experiment() {
    return Experiment.builder().replications(replications).masterSeed(seed).progress(progress).build();
  }

  /** Runs the study's replications: every study calls this once, with its replication. */
  public Experiment.ExperimentResult replicate(Replication replication) {
    return engine.run(this, replication);
  }

  /** Writes the replications and summary CSVs of an experiment's result. */
  public void writeCsvs(Experiment.ExperimentResult result) throws IOException {
    Files.createDirectories(out);
    try (Writer w = Files.newBufferedWriter(out.resolve("replications.csv"), StandardCharsets.UTF_8)) {
      result.writeReplicationsCsv(w);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      result.writeSummaryCsv(w);
    }
  }

  /** Writes {@code summary.md}. */
  public void writeSummary(String markdown) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
  }
}

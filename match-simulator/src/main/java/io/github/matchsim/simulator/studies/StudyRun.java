package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Experiment;
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
 * @param replications replications to run
 * @param seed the master seed
 * @param scale the market's size relative to the national one
 * @param out the folder to write into; created if needed
 * @param progress called with the number of replications finished
 */
public record StudyRun(int replications, long seed, double scale, Path out, IntConsumer progress) {
  public StudyRun {
    if (replications < 2) {
      throw new IllegalArgumentException("a study needs at least 2 replications for its intervals, not " + replications);
    }
    Objects.requireNonNull(out, "out");
    progress = progress == null ? done -> { } : progress;
  }

  /** An experiment with these replications, seed and progress callback. */
  public Experiment experiment() {
    return Experiment.builder().replications(replications).masterSeed(seed).progress(progress).build();
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

package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code study}: any study's replications, as the study itself defines them, so that a sweep (on a
 * cluster, say) computes the rows the study's own {@code replications.csv} holds, for the same
 * replications, seed and scale. The study runs with its default options (those of {@code match
 * simulate --scenario NAME} without options of its own) up to the point where it hands its
 * replication to {@link StudyRun#replicate}; there the replication is kept and the study stops,
 * before it writes anything. The study's charts and {@code summary.md} come from running the study.
 */
public final class StudySource implements ReplicationSource {
  static final String STUDY = "study";
  static final String SCALE = "scale";

  /** The source; it has no state. */
  public StudySource() {}

  @Override
  public String name() {
    return "study";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(STUDY, "the study, one of " + studyNames());
    settings.put(SCALE, "the market's size relative to the national one, above 0 (default 1)");
    return settings;
  }

  @Override
  public String about() {
    return "Each replication is the study's own, with its default options: the rows of its replications.csv. "
        + "What it assumes, and the published figures to compare it with, are in the summary.md that `match "
        + "simulate --scenario NAME` writes. Assumptions shared by every study: " + Report.FUNNEL_ASSUMPTIONS;
  }

  @Override
  public Replication replication(Map<String, String> settings) {
    SourceSettings read = SourceSettings.of(name(), settings, settings());
    String name = settings.get(STUDY);
    if (name == null) {
      throw new IllegalArgumentException("study: the setting \"study\" is missing (study=NAME); the studies are "
          + studyNames());
    }
    Study study = Studies.named(name).orElseThrow(() -> new IllegalArgumentException("study: no study named \""
        + name + "\"; the studies are " + studyNames()));
    double scale = settings.containsKey(SCALE) ? read.positive(SCALE, 100) : 1;
    StudyRun keeping = new StudyRun(2, 0, scale, Path.of(name), null, (run, replication) -> {
      throw new Kept(replication);
    });
    try {
      study.run(keeping);
    } catch (Kept kept) {
      return kept.replication;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: nothing is written before the replications
    }
    throw new IllegalStateException("study " + name + " ran no replications");
  }

  private static String studyNames() {
    return String.join(", ", Studies.all().stream().map(Study::name).toList());
  }

  /** Carries the study's replication out of its run, which stops there. */
  private static final class Kept extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Replication replication;

    Kept(Replication replication) {
      super(null, null, false, false);
      this.replication = replication;
    }
  }
}

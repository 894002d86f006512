package io.github.matchsim.simulator.studies;

import java.io.IOException;

/** A simulation study: a question, answered by replications written into a folder. */
public interface Study {
  /** The name the {@code match simulate --scenario} command takes, such as {@code nrmp-2025}. */
  String name();

  /** The question it answers, in one sentence. */
  String question();

  /** Replications run when none are asked for; chosen so that the study takes under 2 minutes. */
  int defaultReplications();

  /** Runs the study and writes its CSVs, charts and {@code summary.md} into {@code run.out()}. */
  void run(StudyRun run) throws IOException;
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityReport;

/**
 * The last step of a heuristic run, apart from the algorithm: the matching it returns is given to
 * the {@link StabilityChecker}, and only the checker's verdict may make a result {@link
 * MatchStatus#STABLE}. Nothing else in the algorithms' code uses the checker, so that the checker
 * stays independent of what it certifies.
 */
final class Certification {
  private Certification() {}

  static StabilityReport certify(IntMatching matching) {
    return StabilityChecker.check(matching);
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityReport;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a matching run: how it ended, the matching, its blocking coalitions (empty when
 * {@link MatchStatus#STABLE}) and its statistics.
 *
 * <p>Statistics are derived from the matching on first request, so that a run's timing does not
 * include them.
 */
public final class MatchResult {
  private final String algorithm;
  private final MatchStatus status;
  private final IntMatching matching;
  private final RunCounters counters;
  /** The checker's report, or null for an algorithm that is stable by theorem (no coalitions). */
  private final StabilityReport report;
  private volatile MatchStatistics statistics;

  /**
   * A result. Only the algorithms of this package make results, so that no caller can assert a
   * status the algorithm did not reach.
   *
   * @param algorithm the name of the algorithm, as {@link MatchingAlgorithm#name()}
   * @param status how the run ended
   * @param matching the matching returned
   * @param counters what the run counted
   * @param report the stability checker's report of the matching; null when the algorithm is
   *     stable by theorem; must be stable when the status is
   */
  MatchResult(String algorithm, MatchStatus status, IntMatching matching, RunCounters counters,
      StabilityReport report) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.status = Objects.requireNonNull(status, "status");
    this.matching = Objects.requireNonNull(matching, "matching");
    this.counters = Objects.requireNonNull(counters, "counters");
    this.report = report;
    if (status == MatchStatus.STABLE && report != null && !report.isStable()) {
      throw new IllegalArgumentException(
          "a STABLE result has no blocking coalitions, but the checker found " + report.count());
    }
  }

  /**
   * A result made outside the library's algorithms (for example by an exact search or a portfolio
   * of algorithms), checked here: its blocking coalitions are the stability checker's, by this
   * project's definition, so that no result claims {@link MatchStatus#STABLE} with coalitions left
   * or {@link MatchStatus#NO_STABLE_MATCHING} while stable.
   *
   * @throws IllegalArgumentException if the status contradicts the checker
   */
  public static MatchResult of(String algorithm, MatchStatus status, Matching matching, RunCounters counters) {
    Objects.requireNonNull(matching, "matching");
    StabilityReport report = Certification.certify((IntMatching) matching);
    if (status == MatchStatus.NO_STABLE_MATCHING && report.isStable()) {
      throw new IllegalArgumentException("a NO_STABLE_MATCHING result cannot carry a stable matching");
    }
    return new MatchResult(algorithm, status, (IntMatching) matching, counters, report);
  }

  /** The name of the algorithm that produced this result. */
  public String algorithm() {
    return algorithm;
  }

  /** How the run ended. */
  public MatchStatus status() {
    return status;
  }

  /** The matching returned. */
  public Matching matching() {
    return matching;
  }

  /** What the run counted. */
  public RunCounters counters() {
    return counters;
  }

  /** The blocking coalitions of the matching; empty when {@link MatchStatus#STABLE}. */
  public List<BlockingCoalition> blocking() {
    return report == null ? List.of() : report.blocking();
  }

  /** The statistics of the run, computed on first request. */
  public MatchStatistics statistics() {
    MatchStatistics computed = statistics;
    if (computed == null) {
      computed = MatchStatistics.of(matching, counters);
      statistics = computed;
    }
    return computed;
  }

  @Override
  public String toString() {
    return algorithm + ": " + status + ", " + matching;
  }
}

package io.github.matchsim.bench;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The stability checker on the applicant-proposing matching of an NRMP-shaped market. */
public class StabilityCheckerBenchmark extends MarketSizeBenchmark {
  private Matching matching;

  @Setup
  public void setUp() {
    matching = new GaleShapleyApplicantProposing().match(BenchmarkMarkets.simple(applicants, ranks)).matching();
  }

  @Benchmark
  public StabilityReport check() {
    return StabilityChecker.check(matching);
  }
}

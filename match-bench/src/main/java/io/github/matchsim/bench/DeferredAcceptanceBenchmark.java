package io.github.matchsim.bench;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.GaleShapleyProgramProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.CompiledMarket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Applicant- and program-proposing deferred acceptance on NRMP-shaped markets without couples
 * (see {@link BenchmarkMarkets#simple}). The market is compiled in {@code @Setup}; one operation
 * is one whole match.
 */
public class DeferredAcceptanceBenchmark extends MarketSizeBenchmark {
  private CompiledMarket market;
  private final GaleShapleyApplicantProposing applicantProposing = new GaleShapleyApplicantProposing();
  private final GaleShapleyProgramProposing programProposing = new GaleShapleyProgramProposing();

  @Setup
  public void setUp() {
    market = BenchmarkMarkets.simple(applicants, ranks);
  }

  @Benchmark
  public MatchResult applicantProposing() {
    return applicantProposing.match(market);
  }

  @Benchmark
  public MatchResult programProposing() {
    return programProposing.match(market);
  }
}

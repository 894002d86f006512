package io.github.matchsim.bench;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.CompiledMarket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The Roth–Peranson algorithm on NRMP-shaped markets with couples, supplemental lists and
 * reversions (see {@link BenchmarkMarkets#nrmp}). One operation is one whole match, the final
 * stability check that decides its status included.
 */
public class RothPeransonBenchmark extends MarketSizeBenchmark {
  /** Share of applicants in couples. */
  @Param({"0", "0.025", "0.1"})
  public double coupleShare;

  private CompiledMarket market;
  private final RothPeransonMatching algorithm = new RothPeransonMatching();

  @Setup
  public void setUp() {
    market = BenchmarkMarkets.nrmp(applicants, ranks, coupleShare);
  }

  @Benchmark
  public MatchResult rothPeranson() {
    return algorithm.match(market);
  }
}

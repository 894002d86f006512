package io.github.matchsim.bench;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;

/** The markets benchmarks run on, built from fixed seeds so that every run measures the same input. */
final class BenchmarkMarkets {
  static final long SEED = 20_260_101L;

  private BenchmarkMarkets() {}

  /**
   * A market without couples shaped like the NRMP main match scaled to {@code applicants}: 6,600
   * programs per 50,000 applicants, 1 to 12 positions each (a mean of 6.5), {@code ranks} programs
   * on every list and correlated preferences on both sides.
   */
  static CompiledMarket simple(int applicants, int ranks) {
    return simpleMarket(applicants, ranks).compile();
  }

  /** The market of {@link #simple}, before compiling. */
  static Market simpleMarket(int applicants, int ranks) {
    return MarketGenerator.builder()
        .applicants(applicants)
        .listLength(IntDistribution.constant(ranks))
        .programQualityWeight(0.6)
        .applicantScoreWeight(0.6)
        .build()
        .generate(SEED);
  }

  /**
   * A market shaped like the NRMP main match with everything the Roth–Peranson algorithm handles,
   * scaled to {@code applicants}: at 50,000 applicants and a couple share of 0.05, 2,500 in 1,250
   * couples, 6,600 programs in 40 specialties, 7% of them advanced (about 3,000 advanced positions,
   * whose applicants submit supplemental lists) and 15% preliminary, reversions on 5% of programs,
   * {@code ranks} programs per list and correlated preferences.
   */
  static CompiledMarket nrmp(int applicants, int ranks, double coupleShare) {
    return MarketGenerator.builder()
        .applicants(applicants)
        .specialties(40)
        .listLength(IntDistribution.constant(ranks))
        .coupleShare(coupleShare)
        .programTypeShares(0.07, 0.15)
        .reversionShare(0.05)
        .programQualityWeight(0.6)
        .applicantScoreWeight(0.6)
        .build()
        .generate(SEED)
        .compile();
  }
}

package io.github.matchsim.bench;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.CompiledMarket;

/** The markets benchmarks run on, built from fixed seeds so that every run measures the same input. */
final class BenchmarkMarkets {
  static final long SEED = 20_260_101L;

  private BenchmarkMarkets() {}

  /**
   * A market without couples shaped like the NRMP main match scaled to {@code applicants}: 6,600
   * programs per 50,000 applicants, 1 to 12 positions each (a mean of 6.5), 10 to 14 ranks per
   * applicant (a mean of 12) and correlated preferences on both sides.
   */
  static CompiledMarket simple(int applicants) {
    return MarketGenerator.builder()
        .applicants(applicants)
        .listLength(IntDistribution.uniform(10, 14))
        .programQualityWeight(0.6)
        .applicantScoreWeight(0.6)
        .build()
        .generate(SEED)
        .compile();
  }

  /**
   * A market shaped like the NRMP main match with everything the Roth–Peranson algorithm handles,
   * scaled to {@code applicants}: at 50,000 applicants, 2,500 in 1,250 couples, 6,600 programs in
   * 40 specialties, 7% of them advanced (about 3,000 advanced positions, whose applicants submit
   * supplemental lists) and 15% preliminary, reversions on 5% of programs, 10 to 14 ranks per
   * applicant and correlated preferences.
   */
  static CompiledMarket nrmp(int applicants) {
    return MarketGenerator.builder()
        .applicants(applicants)
        .specialties(40)
        .listLength(IntDistribution.uniform(10, 14))
        .coupleShare(0.05)
        .programTypeShares(0.07, 0.15)
        .reversionShare(0.05)
        .programQualityWeight(0.6)
        .applicantScoreWeight(0.6)
        .build()
        .generate(SEED)
        .compile();
  }
}

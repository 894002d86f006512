package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Market;

/**
 * The match every study runs, as the shared assumptions paragraph states it: Roth–Peranson with
 * couples last and up to 2 retries in other couple orders, seeded by the replication.
 */
final class StudyMatch {
  private StudyMatch() {}

  static MatchResult of(Market market, long seed) {
    return RothPeransonMatching.builder().retries(2).seed(seed).build().match(market);
  }
}

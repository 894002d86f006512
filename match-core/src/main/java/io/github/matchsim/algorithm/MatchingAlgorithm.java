package io.github.matchsim.algorithm;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;

/**
 * An algorithm that matches the applicants of a residency market to its programs.
 *
 * <p>Implementations are stateless and thread-safe, and deterministic: the same market (and, where
 * an implementation has one, the same seed) gives the same result.
 */
public interface MatchingAlgorithm {

  /** The algorithm's name as it appears in result files, such as {@code "applicant-proposing"}. */
  String name();

  /**
   * Matches a compiled market.
   *
   * @throws IllegalArgumentException if the market has features this algorithm does not handle;
   *     the message names the algorithm that does
   */
  MatchResult match(CompiledMarket market);

  /** Compiles and matches a market. */
  default MatchResult match(Market market) {
    return match(market.compile());
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import java.util.Set;

/**
 * An algorithm that matches the applicants of a residency market to its programs.
 *
 * <p>Implementations are stateless and thread-safe, and deterministic: the same market (and, where
 * an implementation has one, the same seed) gives the same result.
 */
public sealed interface MatchingAlgorithm
    permits GaleShapleyApplicantProposing, GaleShapleyProgramProposing, KojimaPathakRothMatching, RothPeransonMatching {

  /** The algorithm's name as it appears in result files, such as {@code "applicant-proposing"}. */
  String name();

  /** The algorithm in words, for messages, such as "the Roth–Peranson algorithm". */
  default String title() {
    return name();
  }

  /**
   * The market features this algorithm handles; it refuses a market with any other (see {@link
   * MarketFeature}), naming an algorithm that handles it ({@link MatchingAlgorithms#handling}).
   */
  Set<MarketFeature> handles();

  /**
   * Matches a compiled market.
   *
   * @throws IllegalArgumentException if the market has features this algorithm does not {@link
   *     #handles() handle}; the message names an algorithm that does
   */
  MatchResult match(CompiledMarket market);

  /** Compiles and matches a market. */
  default MatchResult match(Market market) {
    return match(market.compile());
  }
}

package io.github.matchsim.exact;

import io.github.matchsim.algorithm.KojimaPathakRothMatching;
import io.github.matchsim.algorithm.MarketFeature;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Roth–Peranson, then the other heuristic, then the exact search: the first that finds a stable
 * matching answers, and when none does the exact search says whether one exists at all. Stability
 * is this project's definition throughout.
 *
 * <ol>
 *   <li>{@link RothPeransonMatching} with 2 retries in other couple orders;
 *   <li>if it does not end stable and the market has no supplemental lists or reversions, {@link
 *       KojimaPathakRothMatching};
 *   <li>if neither ends stable, {@link SatStableMatching} within the time budget, when the market is
 *       one it encodes.
 * </ol>
 *
 * <p>The answer says which step found the stable matching, or, when none did, the verdict ({@link
 * ExactVerdict#NO_STABLE_MATCHING} proved, or {@link ExactVerdict#UNKNOWN}) with the heuristics'
 * matching that had the fewest blocking coalitions, and those coalitions.
 */
public final class Portfolio {
  /** Which step answered. */
  public enum Step {
    ROTH_PERANSON, KOJIMA_PATHAK_ROTH, EXACT, NONE
  }

  /**
   * A portfolio's answer.
   *
   * @param verdict whether a stable matching was found, proved not to exist, or neither
   * @param foundBy the step that found the stable matching, {@link Step#EXACT} for a proof that
   *     none exists, {@link Step#NONE} when the verdict is unknown
   * @param matching the stable matching, or the heuristics' matching with the fewest coalitions
   * @param blocking that matching's blocking coalitions (none when stable)
   */
  public record Answer(ExactVerdict verdict, Step foundBy, Matching matching, List<BlockingCoalition> blocking) {
    public Answer {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(foundBy, "foundBy");
      Objects.requireNonNull(matching, "matching");
      blocking = List.copyOf(blocking);
    }
  }

  private final Duration exactTimeLimit;

  private Portfolio(Duration exactTimeLimit) {
    this.exactTimeLimit = exactTimeLimit;
  }

  /** A portfolio whose exact step may take {@code exactTimeLimit}. */
  public static Portfolio withExactTimeLimit(Duration exactTimeLimit) {
    Objects.requireNonNull(exactTimeLimit, "exactTimeLimit");
    if (exactTimeLimit.isNegative() || exactTimeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, not " + exactTimeLimit);
    }
    return new Portfolio(exactTimeLimit);
  }

  /** Runs the steps in order until one answers. */
  public Answer match(Market market) {
    MatchResult best = RothPeransonMatching.builder().retries(2).build().match(market);
    if (best.status() == MatchStatus.STABLE) {
      return new Answer(ExactVerdict.STABLE, Step.ROTH_PERANSON, best.matching(), List.of());
    }
    java.util.Set<MarketFeature> features = MarketFeature.of(market.compile());
    boolean encodable = !features.contains(MarketFeature.SUPPLEMENTAL_LISTS) && !features.contains(MarketFeature.REVERSIONS);
    if (encodable) {
      MatchResult other = new KojimaPathakRothMatching().match(market);
      if (other.status() == MatchStatus.STABLE) {
        return new Answer(ExactVerdict.STABLE, Step.KOJIMA_PATHAK_ROTH, other.matching(), List.of());
      }
      if (other.blocking().size() < best.blocking().size()) {
        best = other;
      }
      ExactAnswer exact = SatStableMatching.builder().timeLimit(exactTimeLimit).build().solve(market);
      if (exact.verdict() == ExactVerdict.STABLE) {
        return new Answer(ExactVerdict.STABLE, Step.EXACT, exact.matching().orElseThrow(), List.of());
      }
      if (exact.verdict() == ExactVerdict.NO_STABLE_MATCHING) {
        return new Answer(ExactVerdict.NO_STABLE_MATCHING, Step.EXACT, best.matching(), best.blocking());
      }
    }
    return new Answer(ExactVerdict.UNKNOWN, Step.NONE, best.matching(), best.blocking());
  }
}

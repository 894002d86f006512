package io.github.matchsim.exact;

import io.github.matchsim.algorithm.KojimaPathakRothMatching;
import io.github.matchsim.algorithm.MarketFeature;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.algorithm.RunCounters;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Roth–Peranson, then the other heuristic, then the exact search: the first that finds a stable
 * matching answers, and when none does the exact search says whether one exists at all. This is
 * also Roth–Peranson with an exact fallback ({@code match run --exact-fallback}). Stability is this
 * project's definition throughout.
 *
 * <ol>
 *   <li>{@link RothPeransonMatching} as configured (by default with 2 retries in other couple
 *       orders);
 *   <li>if it does not end stable, and the market has couples but no supplemental lists or
 *       reversions, {@link KojimaPathakRothMatching} (unless turned off);
 *   <li>if neither ends stable, {@link SatStableMatching} starting from the heuristics' best
 *       matching, within the time budget; when it proves that no stable matching exists, the rest
 *       of the budget goes to {@link SatStableMatching#mostStable the most stable matching}.
 * </ol>
 *
 * <p>The answer says which step found the stable matching, or, when none did, the verdict ({@link
 * ExactVerdict#NO_STABLE_MATCHING} proved, or {@link ExactVerdict#UNKNOWN}) with the matching that
 * has the fewest blocking coalitions of all those seen, and those coalitions.
 */
public final class Portfolio {
  /** Which step answered. */
  public enum Step {
    ROTH_PERANSON("roth-peranson"), KOJIMA_PATHAK_ROTH("kojima-pathak-roth"), EXACT("exact-sat"), NONE("none");

    private final String algorithmName;

    Step(String algorithmName) {
      this.algorithmName = algorithmName;
    }

    /** The name a result carries for this step. */
    public String algorithmName() {
      return algorithmName;
    }
  }

  /**
   * A portfolio's answer.
   *
   * @param verdict whether a stable matching was found, proved not to exist, or neither
   * @param foundBy the step that found the stable matching, {@link Step#EXACT} for a proof that
   *     none exists, {@link Step#NONE} when the verdict is unknown
   * @param matching the stable matching, or else the matching with the fewest coalitions seen
   * @param blocking that matching's blocking coalitions (none when stable)
   * @param heuristic Roth–Peranson's own result, for what it reached alone
   * @param fewestProved whether no matching has fewer blocking coalitions than this one (always
   *     when stable; when none is, only if the most-stable search finished)
   */
  public record Answer(ExactVerdict verdict, Step foundBy, Matching matching, List<BlockingCoalition> blocking,
      MatchResult heuristic, boolean fewestProved) {
    public Answer {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(foundBy, "foundBy");
      Objects.requireNonNull(matching, "matching");
      blocking = List.copyOf(blocking);
      Objects.requireNonNull(heuristic, "heuristic");
    }

    /**
     * The answer as a result, for the result writers: status {@code STABLE}, {@code
     * NO_STABLE_MATCHING}, or Roth–Peranson's own status when the verdict is unknown; the
     * algorithm named after the step that answered ("roth-peranson+exact-sat" when the exact
     * search did), with Roth–Peranson's counters.
     */
    public MatchResult toResult() {
      MatchStatus status = switch (verdict) {
        case STABLE -> MatchStatus.STABLE;
        case NO_STABLE_MATCHING -> MatchStatus.NO_STABLE_MATCHING;
        case UNKNOWN -> heuristic.status();
      };
      String name = foundBy == Step.ROTH_PERANSON || foundBy == Step.NONE ? heuristic.algorithm()
          : heuristic.algorithm() + "+" + foundBy.algorithmName();
      RunCounters counters = heuristic.counters();
      return MatchResult.of(name, status, matching, counters);
    }
  }

  private final RothPeransonMatching rothPeranson;
  private final boolean kojimaPathakRoth;
  private final Duration exactTimeLimit;
  private final boolean mostStable;

  private Portfolio(Builder builder) {
    this.mostStable = builder.mostStable;
    this.rothPeranson = builder.rothPeranson;
    this.kojimaPathakRoth = builder.kojimaPathakRoth;
    this.exactTimeLimit = builder.exactTimeLimit;
  }

  /** A portfolio whose exact step may take {@code exactTimeLimit}, other settings by default. */
  public static Portfolio withExactTimeLimit(Duration exactTimeLimit) {
    return builder().exactTimeLimit(exactTimeLimit).build();
  }

  /** Settings of a portfolio. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs the steps in order until one answers. */
  public Answer match(Market market) {
    Objects.requireNonNull(market, "market");
    MatchResult heuristic = rothPeranson.match(market);
    if (heuristic.status() == MatchStatus.STABLE) {
      return new Answer(ExactVerdict.STABLE, Step.ROTH_PERANSON, heuristic.matching(), List.of(), heuristic, true);
    }
    Matching best = heuristic.matching();
    List<BlockingCoalition> bestBlocking = heuristic.blocking();
    Set<MarketFeature> features = MarketFeature.of(heuristic.matching().market()); // compiled once, by the heuristic
    if (kojimaPathakRoth && features.contains(MarketFeature.COUPLES)
        && !features.contains(MarketFeature.SUPPLEMENTAL_LISTS) && !features.contains(MarketFeature.REVERSIONS)) {
      MatchResult other = new KojimaPathakRothMatching().match(market);
      if (other.status() == MatchStatus.STABLE) {
        return new Answer(ExactVerdict.STABLE, Step.KOJIMA_PATHAK_ROTH, other.matching(), List.of(), heuristic, true);
      }
      if (other.blocking().size() < bestBlocking.size()) {
        best = other.matching();
        bestBlocking = other.blocking();
      }
    }
    long exactBegin = System.nanoTime();
    ExactAnswer exact = SatStableMatching.builder().timeLimit(exactTimeLimit).build().solve(market, best);
    if (exact.verdict() == ExactVerdict.STABLE) {
      return new Answer(ExactVerdict.STABLE, Step.EXACT, exact.matching().orElseThrow(), List.of(), heuristic, true);
    }
    if (exact.verdict() == ExactVerdict.NO_STABLE_MATCHING) {
      Duration rest = left(exactBegin);
      boolean fewestProved = false;
      if (mostStable && !rest.isZero()) {
        MostStableAnswer most = SatStableMatching.builder().timeLimit(rest).build().mostStable(market, best);
        if (most.matching().isPresent() && most.blockingCount() <= bestBlocking.size()) {
          best = most.matching().get();
          bestBlocking = most.blocking();
          fewestProved = most.minimumProved();
        }
      }
      return new Answer(ExactVerdict.NO_STABLE_MATCHING, Step.EXACT, best, bestBlocking, heuristic, fewestProved);
    }
    return new Answer(ExactVerdict.UNKNOWN, Step.NONE, best, bestBlocking, heuristic, false);
  }

  /** What is left of the exact budget, which counts from the start of the exact step. */
  private Duration left(long exactBegin) {
    Duration rest = exactTimeLimit.minus(Duration.ofNanos(System.nanoTime() - exactBegin));
    return rest.isNegative() ? Duration.ZERO : rest;
  }

  /** Settings: the Roth–Peranson run, whether to try the other heuristic, and the exact budget. */
  public static final class Builder {
    private RothPeransonMatching rothPeranson = RothPeransonMatching.builder().retries(2).build();
    private boolean kojimaPathakRoth = true;
    private Duration exactTimeLimit = Duration.ofSeconds(60);
    private boolean mostStable = true;

    private Builder() {}

    /**
     * Whether, once the exact search proves that no stable matching exists, the rest of its budget
     * goes to finding the matching with the fewest blocking coalitions (default true); if not, the
     * heuristics' best matching is returned.
     */
    public Builder mostStable(boolean search) {
      this.mostStable = search;
      return this;
    }

    /** The Roth–Peranson run to start from (default: 2 retries in other couple orders). */
    public Builder rothPeranson(RothPeransonMatching rothPeranson) {
      this.rothPeranson = Objects.requireNonNull(rothPeranson, "rothPeranson");
      return this;
    }

    /** Whether to try Kojima–Pathak–Roth before the exact search (default true). */
    public Builder kojimaPathakRoth(boolean use) {
      this.kojimaPathakRoth = use;
      return this;
    }

    /** How long the exact search (and then the most-stable search) may take in all (default 60 s). */
    public Builder exactTimeLimit(Duration limit) {
      this.exactTimeLimit = SatStableMatching.positive(limit);
      return this;
    }

    /** The portfolio. */
    public Portfolio build() {
      return new Portfolio(this);
    }
  }
}

package io.github.matchsim.exact;

import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import io.github.matchsim.stability.StabilityReport;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * Decides whether a market with couples has a stable matching, exactly: it finds one (which the
 * stability checker then confirms) or proves that none exists, within a time budget, and says
 * {@link ExactVerdict#UNKNOWN} when the budget runs out rather than guess.
 *
 * <p>The market's stable matchings are encoded as the models of a SAT formula ({@code
 * StabilityEncoding}: a variable per list entry and pair, holder variables, sequential counters for
 * "full with applicants ranked higher", a stability clause per entry and per pair) and solved with
 * Sat4j's default CDCL solver. Stability is by {@code docs/semantics.md}'s definition ({@link
 * StabilityDefinition#BIRO_MANLOVE_MCBRIDE}) unless another is chosen.
 *
 * <p>Covers singles, couples (both members in one program and pairs with a side unmatched
 * included) and programs with 0 positions. It refuses markets with supplemental lists or
 * reversions, which it does not encode yet.
 *
 * <p>Following J. Drummond, A. Perrault and F. Bacchus, "SAT is an Effective and Complete Method
 * for Solving Stable Matching Problems with Couples", IJCAI 2015 (a SAT encoding of stability with
 * couples), with C. Sinz's sequential counter ("Towards an Optimal CNF Encoding of Boolean
 * Cardinality Constraints", CP 2005) for the programs' capacities in the stability clauses.
 */
public final class SatStableMatching {
  private final Duration timeLimit;
  private final StabilityDefinition definition;

  private SatStableMatching(Builder builder) {
    this.timeLimit = builder.timeLimit;
    this.definition = builder.definition;
  }

  /** A search with a budget of 60 s, by this project's definition of stability. */
  public static SatStableMatching withDefaults() {
    return builder().build();
  }

  /** Settings of the search. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds a stable matching of the market, or proves there is none, within the time budget.
   *
   * @throws IllegalArgumentException if the market has supplemental lists or reversions
   */
  public ExactAnswer solve(Market market) {
    Objects.requireNonNull(market, "market");
    refuseWhatIsNotEncoded(market);
    long start = System.nanoTime();
    ISolver solver = SolverFactory.newDefault();
    solver.setTimeoutMs(Math.max(1, timeLimit.toMillis()));
    StabilityEncoding encoding;
    try {
      encoding = new StabilityEncoding(market, definition, solver);
    } catch (ContradictionException e) {
      return answer(ExactVerdict.NO_STABLE_MATCHING, null, start, solver, 0); // refuted while encoding
    }
    try {
      if (!solver.isSatisfiable()) {
        return answer(ExactVerdict.NO_STABLE_MATCHING, null, start, solver, encoding.constraints());
      }
    } catch (TimeoutException e) {
      return answer(ExactVerdict.UNKNOWN, null, start, solver, encoding.constraints());
    }
    Matching matching = Matching.of(market, encoding.decode(solver.model()), Map.of());
    StabilityReport report = StabilityChecker.check(matching, definition);
    if (!report.isStable()) {
      throw new IllegalStateException("the SAT model is not a stable matching, which is a bug of the encoding: "
          + report.blocking());
    }
    return answer(ExactVerdict.STABLE, matching, start, solver, encoding.constraints());
  }

  private static ExactAnswer answer(ExactVerdict verdict, Matching matching, long start, ISolver solver, int constraints) {
    return new ExactAnswer(verdict, Optional.ofNullable(matching), Duration.ofNanos(System.nanoTime() - start),
        solver.nVars(), constraints);
  }

  private static void refuseWhatIsNotEncoded(Market market) {
    long supplemental = market.applicants().stream().filter(a -> !a.supplementalLists().isEmpty()).count();
    long reverting = market.programs().stream().filter(p -> !p.reversions().isEmpty()).count();
    if (supplemental > 0 || reverting > 0) {
      throw new IllegalArgumentException("the exact search encodes singles and couples, not yet supplemental lists or"
          + " reversions; this market has " + supplemental + " applicants with supplemental lists and " + reverting
          + " programs with reversions (RothPeransonMatching handles them)");
    }
  }

  /** Settings: the time budget and the definition of stability. */
  public static final class Builder {
    private Duration timeLimit = Duration.ofSeconds(60);
    private StabilityDefinition definition = StabilityDefinition.BIRO_MANLOVE_MCBRIDE;

    private Builder() {}

    /** How long the search may take (default 60 s); when it runs out, the answer is {@link ExactVerdict#UNKNOWN}. */
    public Builder timeLimit(Duration limit) {
      Objects.requireNonNull(limit, "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("the time limit must be positive, not " + limit);
      }
      this.timeLimit = limit;
      return this;
    }

    /** The definition of stability (default this project's, {@link StabilityDefinition#BIRO_MANLOVE_MCBRIDE}). */
    public Builder definition(StabilityDefinition definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
      return this;
    }

    /** The search. */
    public SatStableMatching build() {
      return new SatStableMatching(this);
    }
  }
}

package io.github.matchsim.exact;

import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import io.github.matchsim.stability.StabilityReport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * included), programs with 0 positions, supplemental lists and reversions: final positions are
 * encoded in unary as docs/semantics.md defines them (a donor passes its unfilled positions to its
 * receivers in order, along chains), so a proof that none exists holds for the market as given.
 *
 * <p>Size: a variable per mutually acceptable list entry, pair and PGY-1 entry, one per program
 * list entry, and the counters (at most {@code len(p) · positions(p)} per program); clauses of the
 * same order, plus {@code O(K²)} per couple with K pairs. Implied "fullness chain" clauses (a
 * program full with the applicants it ranks 0 to j holds nobody it ranks lower) let unit
 * propagation do much of deferred acceptance's work: they cut the conflicts on a 500-applicant
 * market from about 35,000 to about 400.
 *
 * <p>Following J. Drummond, A. Perrault and F. Bacchus, "SAT is an Effective and Complete Method
 * for Solving Stable Matching Problems with Couples", IJCAI 2015 (a SAT encoding of stability with
 * couples), with C. Sinz's sequential counter ("Towards an Optimal CNF Encoding of Boolean
 * Cardinality Constraints", CP 2005) for the programs' capacities in the stability clauses.
 */
public final class SatStableMatching {
  private final Duration timeLimit;
  private final StabilityDefinition definition;
  private final java.util.function.Supplier<Formula> formulas;

  private SatStableMatching(Builder builder) {
    this.timeLimit = builder.timeLimit;
    this.definition = builder.definition;
    this.formulas = builder.formulas;
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
   */
  public ExactAnswer solve(Market market) {
    return solve(market, null);
  }

  /**
   * As {@link #solve(Market)}, with the search trying the choices of {@code start} first (for
   * example a heuristic's matching that is nearly stable): it answers the same, sooner when a
   * stable matching lies near {@code start}.
   *
   * @param start a matching of this market, or null for none
   */
  public ExactAnswer solve(Market market, Matching start) {
    Objects.requireNonNull(market, "market");
    long begin = System.nanoTime();
    Formula formula = formulas.get();
    StabilityEncoding encoding = new StabilityEncoding(market, definition, formula);
    Formula.Hint hint = start == null ? Formula.Hint.NONE : encoding.hint(start);
    Formula.Outcome outcome = solveWithin(formula, begin, hint);
    if (outcome.result() == Formula.Outcome.Result.UNSATISFIABLE) {
      return answer(ExactVerdict.NO_STABLE_MATCHING, null, begin, formula, encoding);
    }
    if (outcome.result() == Formula.Outcome.Result.UNKNOWN) {
      return answer(ExactVerdict.UNKNOWN, null, begin, formula, encoding);
    }
    return answer(ExactVerdict.STABLE, confirmed(encoding.decode(outcome)), begin, formula, encoding);
  }

  /**
   * A matching with the fewest blocking coalitions (MIN-BP-HRC of D. F. Manlove, I. McBride and J.
   * Trimble, "Almost-stable matchings in the Hospitals / Residents problem with Couples",
   * Constraints 22, 2017): a stable one when one exists. Every stability clause gets a release
   * variable; the search finds a matching, counts its coalitions with the stability checker, and
   * asks again for one with fewer until the solver proves there is none or the budget runs out.
   *
   * @param start a matching to begin from (for example a heuristic's), or null
   */
  public MostStableAnswer mostStable(Market market, Matching start) {
    Objects.requireNonNull(market, "market");
    long begin = System.nanoTime();
    Formula formula = formulas.get();
    StabilityEncoding encoding = new StabilityEncoding(market, definition, formula, true);
    int[] releases = encoding.relaxations();
    Matching best = start;
    StabilityReport bestReport = start == null ? null : StabilityChecker.check(start, definition);
    int bound = bestReport == null ? Integer.MAX_VALUE : bestReport.count() - 1;
    while (bound >= 0) {
      if (bound < releases.length) {
        formula.atMost(releases, bound);
      }
      Formula.Outcome outcome = solveWithin(formula, begin, best == null ? Formula.Hint.NONE : encoding.hint(best));
      if (outcome.result() == Formula.Outcome.Result.UNKNOWN) {
        return mostStableAnswer(best, bestReport, false, begin);
      }
      if (outcome.result() == Formula.Outcome.Result.UNSATISFIABLE) {
        return mostStableAnswer(best, bestReport, best != null, begin);
      }
      Matching found = encoding.decode(outcome);
      StabilityReport report = StabilityChecker.check(found, definition);
      int released = 0;
      for (int release : releases) {
        released += outcome.isTrue(release) ? 1 : 0;
      }
      if (report.count() > released) {
        throw new IllegalStateException("a model has more blocking coalitions (" + report.count()
            + ") than released clauses (" + released + "), which is a bug of the encoding");
      }
      if (bestReport == null || report.count() < bestReport.count()) {
        best = found;
        bestReport = report;
      }
      bound = bestReport.count() - 1;
    }
    return mostStableAnswer(best, bestReport, true, begin); // a stable matching: nothing has fewer
  }

  /**
   * Every stable matching of a market, up to {@code limit} of them, for small markets: each model
   * found is confirmed by the checker and then ruled out, until the solver proves that none is left
   * (J. Drummond, A. Perrault and F. Bacchus used this to study uniqueness and strategy-proofness
   * with couples, IJCAI 2015 and AAMAS 2016). Two matchings differ when some applicant holds another
   * primary or PGY-1 position.
   */
  public StableMatchings allStable(Market market, int limit) {
    Objects.requireNonNull(market, "market");
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
    }
    long begin = System.nanoTime();
    Formula formula = formulas.get();
    StabilityEncoding encoding = new StabilityEncoding(market, definition, formula);
    List<Matching> found = new java.util.ArrayList<>();
    while (found.size() < limit) {
      Formula.Outcome outcome = solveWithin(formula, begin, Formula.Hint.NONE);
      if (outcome.result() != Formula.Outcome.Result.SATISFIABLE) {
        return new StableMatchings(found, outcome.result() == Formula.Outcome.Result.UNSATISFIABLE,
            Duration.ofNanos(System.nanoTime() - begin));
      }
      found.add(confirmed(encoding.decode(outcome)));
      encoding.excludeMatchingOf(outcome);
    }
    return new StableMatchings(found, false, Duration.ofNanos(System.nanoTime() - begin));
  }

  /**
   * A stable matching that the applicants cannot improve on together: no other stable matching is
   * at least as good for every single and couple (by their primary lists) and better for one.
   * When an applicant-optimal stable matching exists (one every applicant likes at least as well
   * as any other), this is it. The search finds a stable matching, then asks for one that no
   * applicant likes less and someone likes more, until the solver proves there is none (after A.
   * Perrault, J. Drummond and F. Bacchus, "Strategy-proofness in the stable matching problem with
   * couples", AAMAS 2016). If the budget runs out after a first stable matching, the answer is the
   * best reached, still stable.
   *
   * @param start a matching to begin the search from, or null
   */
  public ExactAnswer applicantPreferred(Market market, Matching start) {
    Objects.requireNonNull(market, "market");
    long begin = System.nanoTime();
    Formula formula = formulas.get();
    StabilityEncoding encoding = new StabilityEncoding(market, definition, formula);
    Formula.Hint hint = start == null ? Formula.Hint.NONE : encoding.hint(start);
    Matching best = null;
    while (true) {
      Formula.Outcome outcome = solveWithin(formula, begin, hint);
      if (outcome.result() != Formula.Outcome.Result.SATISFIABLE) {
        ExactVerdict verdict = best != null ? ExactVerdict.STABLE
            : outcome.result() == Formula.Outcome.Result.UNSATISFIABLE ? ExactVerdict.NO_STABLE_MATCHING
            : ExactVerdict.UNKNOWN;
        return answer(verdict, best, begin, formula, encoding);
      }
      best = confirmed(encoding.decode(outcome));
      hint = encoding.hint(best);
      if (!encoding.requireApplicantImprovementOn(outcome)) {
        return answer(ExactVerdict.STABLE, best, begin, formula, encoding); // everyone holds a first choice
      }
    }
  }

  /** Solves with what is left of the budget counted from {@code begin}; unknown when nothing is left. */
  private Formula.Outcome solveWithin(Formula formula, long begin, Formula.Hint hint) {
    Duration left = timeLimit.minusNanos(System.nanoTime() - begin);
    return left.isNegative() || left.isZero() ? new Formula.Outcome(Formula.Outcome.Result.UNKNOWN, null)
        : formula.solve(left, hint);
  }

  /** The matching, once the checker confirms it stable (else the encoding has a bug). */
  private Matching confirmed(Matching matching) {
    StabilityReport report = StabilityChecker.check(matching, definition);
    if (!report.isStable()) {
      throw new IllegalStateException("the SAT model is not a stable matching, which is a bug of the encoding: "
          + report.blocking());
    }
    return matching;
  }

  private static MostStableAnswer mostStableAnswer(Matching best, StabilityReport report, boolean proved, long begin) {
    return new MostStableAnswer(Optional.ofNullable(best), report == null ? List.of() : report.blocking(), proved,
        Duration.ofNanos(System.nanoTime() - begin));
  }

  private static ExactAnswer answer(ExactVerdict verdict, Matching matching, long begin, Formula formula,
      StabilityEncoding encoding) {
    return new ExactAnswer(verdict, Optional.ofNullable(matching), Duration.ofNanos(System.nanoTime() - begin),
        formula.variables(), encoding.constraints());
  }

  /** A time budget, checked: present and positive. */
  static Duration positive(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, not " + limit);
    }
    return limit;
  }

  /** Settings: the time budget and the definition of stability. */
  public static final class Builder {
    private Duration timeLimit = Duration.ofSeconds(60);
    private StabilityDefinition definition = StabilityDefinition.BIRO_MANLOVE_MCBRIDE;
    private java.util.function.Supplier<Formula> formulas = Sat4jFormula::new;

    private Builder() {}

    /** The solver behind the search (package-private: for measuring one against the other). */
    Builder formulas(java.util.function.Supplier<Formula> formulas) {
      this.formulas = Objects.requireNonNull(formulas, "formulas");
      return this;
    }

    /** How long the search may take (default 60 s); when it runs out, the answer is {@link ExactVerdict#UNKNOWN}. */
    public Builder timeLimit(Duration limit) {
      this.timeLimit = positive(limit);
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

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.stability.StabilityReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Roth–Peranson algorithm of the NRMP: applicant-proposing deferred acceptance extended to
 * couples, supplemental lists of PGY-1 programs for applicants matched to advanced positions, and
 * reversions of unfilled positions, as {@code docs/semantics.md} defines them.
 *
 * <p>Entrants (singles and couples) enter one at a time in the order of {@link CoupleOrder} and the
 * process settles after each: proposals go down rank order lists; a couple takes a pair only when
 * both programs accept at once (two seats in one program must both be free or held by applicants
 * it ranks lower; a no-match side always accepts); a couple member displaced withdraws its partner;
 * an applicant holding an advanced position proposes down the supplemental list linked to it, and
 * losing the advanced position gives up the PGY-1 position too. Vacancies that proposals did not
 * cause go on a program stack, and each program taken from it re-activates the applicants and
 * couples that now block with it (see {@code RothPeransonRun}); they are looked for only among the
 * applicants that went past the program before (refused, displaced, or a couple that gave up a pair
 * naming it), a bit per list entry, not down its whole list. Once everyone has entered,
 * unfilled positions move along reversions, in the stated order and numbers, and the process
 * settles again until nothing moves.
 *
 * <p>Cycles: after each proposal phase settles, the state is recorded at every point where the
 * applicant stack is empty (the assignment and the program stack; see {@code CycleDetector}).
 * When one repeats, the process would loop forever: the vacancies still waiting are dropped, the
 * cycle is counted, and the run goes on with the next entrant, so that one couple caught in a
 * cycle does not keep later entrants out (their arrival often resolves it).
 *
 * <p>The run always ends in a reported state, never an exception. Each matching it would return
 * is certified, as a separate step, by the {@link io.github.matchsim.stability.StabilityChecker}
 * ({@code Certification}), so {@link MatchStatus#STABLE} is never wrong. While it is not stable,
 * the repair policy ({@code RepairRounds}, on a scan of its own) re-activates what blocks, for at
 * most {@link Builder#repairRounds} rounds (this also covers edge cases of the definition, such as a
 * couple whose members swap seats), and the matching with fewest blocking coalitions it saw is
 * certified in its turn. The matching returned is the best certified over all attempts; one that is
 * not stable ends {@link MatchStatus#CYCLE_DETECTED} if any cycle was cut, or {@link
 * MatchStatus#LIMIT_REACHED} when the proposal budget or the repair rounds ran out, with the
 * checker's coalitions. With {@link
 * Builder#retries} above zero a run that does not end stable is repeated with the couples in a new
 * order, drawn from the seed.
 *
 * <p>The parts of a run, each in a file of its own: the seats of programs ({@code ProgramSeats},
 * shared with {@link GaleShapleyApplicantProposing}), the work items ({@code Work}), the cycle
 * detector ({@code CycleDetector}) and the reversions ({@code ReversionLedger}).
 *
 * <p>Without couples, supplemental lists and reversions, the result is the applicant-optimal
 * stable matching, as {@link GaleShapleyApplicantProposing} gives. Running time: {@code O(L)}
 * proposals for singles, where {@code L} is the total length of the lists; couples and
 * re-activations can add more, bounded by the proposal budget.
 *
 * <p>A. E. Roth and E. Peranson, "The Redesign of the Matching Market for American Physicians: Some
 * Engineering Aspects of Economic Design", <i>American Economic Review</i> 89(4):748–780, 1999.
 */
public final class RothPeransonMatching implements MatchingAlgorithm {
  /** The name in result files. */
  public static final String NAME = "roth-peranson";

  private final CoupleOrder order;
  private final long seed;
  private final long proposalLimit;
  private final int retries;
  private final int repairRounds;
  private final boolean wholeListSearch;

  /** The algorithm with the default settings of {@link Builder}. */
  public RothPeransonMatching() {
    this(builder());
  }

  private RothPeransonMatching(Builder builder) {
    this.order = builder.order;
    this.seed = builder.seed;
    this.proposalLimit = builder.proposalLimit;
    this.retries = builder.retries;
    this.repairRounds = builder.repairRounds;
    this.wholeListSearch = builder.wholeListSearch;
  }

  /** A builder of settings. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "the Roth–Peranson algorithm";
  }

  /** Everything a market can hold. */
  @Override
  public Set<MarketFeature> handles() {
    return EnumSet.allOf(MarketFeature.class);
  }

  @Override
  public MatchResult match(CompiledMarket compiled) {
    IntMarket market = IntMarket.of(compiled);
    long limit = proposalLimit > 0 ? proposalLimit
        : Math.max(10_000_000L, 200L * (market.applicantSideEntries() + 1));
    Attempt best = null;
    int cycles = 0;
    int attempts = 0;
    for (int attempt = 0; attempt <= retries; attempt++) {
      attempts++;
      Attempt result = attempt(market, entrants(market, attempt), limit);
      cycles += result.run.cycles();
      if (best == null || result.report.count() < best.report.count()) {
        best = result;
      }
      if (best.report.isStable()) {
        break;
      }
    }
    MatchStatus status = best.report.isStable() ? MatchStatus.STABLE
        : best.limited ? MatchStatus.LIMIT_REACHED
        : best.run.cycles() > 0 ? MatchStatus.CYCLE_DETECTED
        : MatchStatus.LIMIT_REACHED; // settled each time, but the repair rounds ran out
    RunCounters counters = best.run.counters(cycles, attempts - 1);
    return new MatchResult(NAME, status, best.matching, counters, best.report);
  }

  /** An attempt's matching, the checker's report of it, and whether the proposal budget ran out. */
  private record Attempt(RothPeransonRun run, IntMatching matching, StabilityReport report, boolean limited) {}

  /**
   * Enters everyone and reverts, and has the matching certified. While it is not stable, the
   * repair policy ({@link RepairRounds}, on its own scan of what blocks) re-activates what blocks,
   * and the best matching it saw is certified in its turn. A phase that cycles is cut short and
   * the attempt goes on; only the proposal budget ends it early.
   */
  private Attempt attempt(IntMarket market, int[] entrants, long limit) {
    RothPeransonRun run = new RothPeransonRun(market, limit, wholeListSearch);
    boolean limited = false;
    for (int i = 0; i < entrants.length && !limited; i++) {
      limited = (entrants[i] >= 0 ? run.enterSingle(entrants[i]) : run.enterCouple(~entrants[i]))
          == RothPeransonRun.Stop.LIMIT;
    }
    limited = limited || run.revert() == RothPeransonRun.Stop.LIMIT;
    IntMatching matching = run.matching();
    StabilityReport report = Certification.certify(matching);
    if (report.isStable() || limited || repairRounds == 0) {
      return new Attempt(run, matching, report, limited);
    }
    RepairRounds.Outcome repaired = new RepairRounds(repairRounds).repair(run, limited);
    return new Attempt(run, repaired.matching(), Certification.certify(repaired.matching()), repaired.limited());
  }

  /**
   * The entrants in order: a single as its applicant index, a couple {@code c} as {@code ~c}. Retry
   * {@code k > 0} keeps the places of couples in the order but shuffles which couple takes which.
   */
  private int[] entrants(IntMarket market, int attempt) {
    List<Integer> singles = new ArrayList<>();
    for (int a = 0; a < market.applicantCount(); a++) {
      if (market.coupleOf(a) < 0) {
        singles.add(a);
      }
    }
    List<Integer> couples = new ArrayList<>();
    for (int c = 0; c < market.coupleCount(); c++) {
      couples.add(~c);
    }
    List<Integer> all = new ArrayList<>();
    switch (order) {
      case COUPLES_LAST -> {
        all.addAll(singles);
        all.addAll(couples);
      }
      case COUPLES_FIRST -> {
        all.addAll(couples);
        all.addAll(singles);
      }
      default -> {
        all.addAll(singles);
        all.addAll(couples);
        all.sort(Comparator.comparing(e -> e >= 0 ? market.applicantId(e) : market.coupleId(~e)));
      }
    }
    int[] entrants = all.stream().mapToInt(Integer::intValue).toArray();
    if (attempt > 0) {
      int[] slots = IntStream.range(0, entrants.length).filter(i -> entrants[i] < 0).toArray();
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + attempt);
      for (int i = slots.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = entrants[slots[i]];
        entrants[slots[i]] = entrants[slots[j]];
        entrants[slots[j]] = swap;
      }
    }
    return entrants;
  }

  @Override
  public String toString() {
    return NAME + "[order " + order + ", seed " + seed + ", retries " + retries + "]";
  }

  /** Settings of {@link RothPeransonMatching}. */
  public static final class Builder {
    private CoupleOrder order = CoupleOrder.COUPLES_LAST;
    private long seed;
    private long proposalLimit;
    private int retries;
    private int repairRounds = 20;
    private boolean wholeListSearch;

    private Builder() {}

    /** When couples enter (default {@link CoupleOrder#COUPLES_LAST}). */
    public Builder coupleOrder(CoupleOrder order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /** The seed of the couple orders drawn for retries (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The most proposals one attempt may make before it ends {@link MatchStatus#LIMIT_REACHED}
     * (default 0: 200 per list entry, at least 10 million).
     */
    public Builder proposalLimit(long limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("proposalLimit must be ≥ 0, not " + limit);
      }
      this.proposalLimit = limit;
      return this;
    }

    /** How many times a run that does not end stable is repeated with couples reshuffled (default 0). */
    public Builder retries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("retries must be ≥ 0, not " + retries);
      }
      this.retries = retries;
      return this;
    }

    /** How many rounds of re-activating the coalitions the checker finds are tried (default 20). */
    public Builder repairRounds(int rounds) {
      if (rounds < 0) {
        throw new IllegalArgumentException("repairRounds must be ≥ 0, not " + rounds);
      }
      this.repairRounds = rounds;
      return this;
    }

    /**
     * Looks for the blockers of a vacated program down its whole list, as the process was first
     * written, instead of among the applicants that went past it only. The result is the same; the
     * tests compare the two.
     */
    Builder wholeListSearch() {
      this.wholeListSearch = true;
      return this;
    }

    /** The algorithm. */
    public RothPeransonMatching build() {
      return new RothPeransonMatching(this);
    }
  }
}

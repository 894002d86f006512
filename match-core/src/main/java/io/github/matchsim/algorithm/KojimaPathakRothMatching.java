package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.stability.StabilityReport;
import java.util.Set;

/**
 * The sequential couples algorithm of Kojima, Pathak and Roth for markets with couples: a second
 * heuristic beside Roth–Peranson, which processes couples one at a time after the singles have
 * settled.
 *
 * <ol>
 *   <li>Applicant-proposing deferred acceptance among the singles alone.
 *   <li>The couples, one at a time in the market's order, apply down their lists of pairs: a pair
 *       takes them when each of its programs would seat its member (a program seats an applicant
 *       it ranks when it has a free position or holds someone it ranks lower; a pair of one program
 *       needs two such positions), counting every seat as it is held. Applicants it displaces apply
 *       again, singles down their lists by deferred acceptance; a couple whose member is displaced
 *       gives up its other seat and applies again below the pair it held. This goes on until nobody
 *       is left to apply.
 *   <li>If the stability checker finds the matching not stable, a new round begins: every single
 *       and couple applies again from the top of its list, keeping what it holds until something it
 *       prefers seats it, and step 2's process settles the applicants displaced. Rounds go on until
 *       the matching is stable, a round changes nothing ({@link MatchStatus#CYCLE_DETECTED}: the
 *       process is back where it was), the rounds run out or the proposal budget does ({@link
 *       MatchStatus#LIMIT_REACHED}).
 * </ol>
 *
 * <p>Without couples it is applicant-proposing deferred acceptance and returns the applicant-optimal
 * stable matching. With couples only the checker's verdict makes a result {@link
 * MatchStatus#STABLE}; when no round ends stable, the matching returned is the one with the fewest
 * blocking coalitions among those the rounds ended with. Kojima, Pathak and Roth show that in large
 * markets with few couples the process ends stable with probability approaching one.
 *
 * <p>The result's counters count proposals, couples withdrawn when a member was displaced, and,
 * as {@link RunCounters#retries()}, the rounds run after the first pass.
 *
 * <p>Handles singles and couples; it refuses supplemental lists and reversions, which the
 * Roth–Peranson algorithm handles. Running time per round {@code O(n + m + L)} plus the work of
 * displacements, each of which is a proposal counted against the budget ({@code 50} proposals per
 * list entry by default).
 *
 * <p>F. Kojima, P. A. Pathak and A. E. Roth, "Matching with Couples: Stability and Incentives in
 * Large Markets", <i>Quarterly Journal of Economics</i> 128(4):1585–1632, 2013, Appendix B.2.
 */
public final class KojimaPathakRothMatching implements MatchingAlgorithm {
  /** The name in result files. */
  public static final String NAME = "kojima-pathak-roth";
  /** Rounds of applying again from the top when not stable, by default. */
  public static final int DEFAULT_ROUNDS = 20;
  /** Proposals allowed per compiled list entry (singles' entries and couples' pairs). */
  private static final long PROPOSALS_PER_ENTRY = 50;

  private final int rounds;

  /** The algorithm with {@value #DEFAULT_ROUNDS} rounds. */
  public KojimaPathakRothMatching() {
    this(DEFAULT_ROUNDS);
  }

  /**
   * The algorithm with at most {@code rounds} rounds of applying again from the top after the
   * first pass (0: the first pass alone).
   */
  public KojimaPathakRothMatching(int rounds) {
    if (rounds < 0) {
      throw new IllegalArgumentException("rounds must be ≥ 0, not " + rounds);
    }
    this.rounds = rounds;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "the sequential couples algorithm of Kojima, Pathak and Roth";
  }

  /** Singles and couples; no supplemental lists, no reversions. */
  @Override
  public Set<MarketFeature> handles() {
    return Set.of(MarketFeature.COUPLES);
  }

  @Override
  public MatchResult match(CompiledMarket compiled) {
    IntMarket market = IntMarket.of(compiled);
    MatchingAlgorithms.requireHandled(this, market);
    long entries = market.applicantCount() + (long) market.coupleCount();
    for (int a = 0; a < market.applicantCount(); a++) {
      entries += market.applicantListEnd(a) - market.applicantListStart(a);
    }
    for (int c = 0; c < market.coupleCount(); c++) {
      entries += market.coupleListEnd(c) - market.coupleListStart(c);
    }
    SequentialCouplesRun run = new SequentialCouplesRun(market, PROPOSALS_PER_ENTRY * entries);
    boolean limited = !run.firstPass();
    IntMatching matching = run.matching();
    StabilityReport report = Certification.certify(matching);
    IntMatching best = matching;
    StabilityReport bestReport = report;
    MatchStatus status = report.isStable() ? MatchStatus.STABLE : MatchStatus.LIMIT_REACHED;
    int round = 0;
    while (!report.isStable() && !limited && round < rounds) {
      round++;
      SequentialCouplesRun.Round outcome = run.roundFromTheTop();
      limited = outcome == SequentialCouplesRun.Round.LIMIT;
      matching = run.matching();
      report = Certification.certify(matching);
      if (report.count() < bestReport.count()) {
        best = matching;
        bestReport = report;
      }
      if (report.isStable()) {
        status = MatchStatus.STABLE;
      } else if (outcome == SequentialCouplesRun.Round.UNCHANGED) {
        status = MatchStatus.CYCLE_DETECTED;
        break;
      }
    }
    if (status == MatchStatus.STABLE) {
      best = matching;
      bestReport = report;
    }
    RunCounters counters = new RunCounters(run.proposals(), run.coupleWithdrawals(), 0, 0,
        status == MatchStatus.CYCLE_DETECTED ? 1 : 0, round);
    return new MatchResult(NAME, status, best, counters, bestReport);
  }

  @Override
  public String toString() {
    return NAME;
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.engine.IntMatching;
import java.util.Arrays;
import java.util.Set;

/**
 * Program-proposing deferred acceptance for the hospitals/residents problem: computes the
 * <em>program-optimal</em> stable matching, the stable matching that every program weakly prefers
 * to every other stable matching (and every applicant weakly dislikes). It is unique, so the order
 * in which programs propose does not matter.
 *
 * <p>A program with free positions offers them to the next applicants on its list; an applicant
 * holds the best offer it has and releases the program it held before, which offers again. The run
 * ends when every program is full or has exhausted its list.
 *
 * <p>Running time {@code O(n + m + L)} for {@code n} applicants, {@code m} programs and {@code L}
 * mutually acceptable list entries: every entry is offered at most once. Extra space: one int per
 * program-list entry (each applicant's rank of the program, derived from the compiled applicant
 * lists at the start) and a few ints per applicant and program.
 *
 * <p>Handles markets without couples, supplemental lists and reversions; it refuses others, which
 * the Roth–Peranson algorithm handles. Results are stable by Gale and Shapley's theorem, with
 * status {@link MatchStatus#STABLE}.
 *
 * <p>D. Gale and L. S. Shapley, "College Admissions and the Stability of Marriage", <i>The American
 * Mathematical Monthly</i> 69(1):9–15, 1962. A. E. Roth, "The Evolution of the Labor Market for
 * Medical Interns and Residents: A Case Study in Game Theory", <i>Journal of Political Economy</i>
 * 92(6):991–1016, 1984.
 */
public final class GaleShapleyProgramProposing implements MatchingAlgorithm {
  /** The name in result files. */
  public static final String NAME = "program-proposing";

  /** The algorithm; it has no settings. */
  public GaleShapleyProgramProposing() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "program-proposing deferred acceptance (Gale–Shapley)";
  }

  /** Singles only: neither couples, nor supplemental lists, nor reversions. */
  @Override
  public Set<MarketFeature> handles() {
    return Set.of();
  }

  @Override
  public MatchResult match(CompiledMarket compiled) {
    IntMarket market = IntMarket.of(compiled);
    MatchingAlgorithms.requireHandled(this, market);
    int applicants = market.applicantCount();
    int programs = market.programCount();
    int[] applicantRank = applicantRanksByProgramEntry(market);
    int[] matched = new int[applicants];
    Arrays.fill(matched, IntMarket.NO_PROGRAM);
    int[] heldRank = new int[applicants]; // applicant's rank of the program it holds
    Arrays.fill(heldRank, Integer.MAX_VALUE);
    int[] next = new int[programs]; // entries already offered, per program
    int[] filled = new int[programs];
    int[] waiting = new int[programs]; // programs with free positions and offers left to make
    boolean[] isWaiting = new boolean[programs];
    int waitingCount = 0;
    for (int p = programs - 1; p >= 0; p--) {
      waiting[waitingCount++] = p;
      isWaiting[p] = true;
    }
    long proposals = 0;

    while (waitingCount > 0) {
      int p = waiting[--waitingCount];
      isWaiting[p] = false;
      int end = market.programListEnd(p);
      int j = market.programListStart(p) + next[p];
      for (; filled[p] < market.positions(p) && j < end; j++) {
        proposals++;
        int a = market.applicantAt(j);
        int rank = applicantRank[j];
        if (rank >= heldRank[a]) {
          continue; // a holds a better offer
        }
        int released = matched[a];
        if (released != IntMarket.NO_PROGRAM) {
          filled[released]--;
          if (!isWaiting[released]) {
            waiting[waitingCount++] = released;
            isWaiting[released] = true;
          }
        }
        matched[a] = p;
        heldRank[a] = rank;
        filled[p]++;
      }
      next[p] = j - market.programListStart(p);
    }
    return new MatchResult(NAME, MatchStatus.STABLE, IntMatching.ofPrimary(market, matched), RunCounters.ofProposals(proposals), null);
  }

  /**
   * Per program-list entry, the applicant's rank of the program. The program-list entry of
   * applicant-list entry {@code i} of program {@code p} is {@code programListStart(p) +
   * programRankAt(i)}, so one pass over the applicants' lists fills it.
   */
  private static int[] applicantRanksByProgramEntry(IntMarket market) {
    int[] rank = new int[market.programSideEntries()];
    for (int a = 0; a < market.applicantCount(); a++) {
      int start = market.applicantListStart(a);
      for (int i = start; i < market.applicantListEnd(a); i++) {
        rank[market.programListStart(market.programAt(i)) + market.programRankAt(i)] = i - start;
      }
    }
    return rank;
  }

  @Override
  public String toString() {
    return NAME;
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.engine.IntMatching;
import java.util.Set;

/**
 * Applicant-proposing deferred acceptance for the hospitals/residents problem: computes the
 * <em>applicant-optimal</em> stable matching, the stable matching that every applicant weakly
 * prefers to every other stable matching. It is unique, so the order in which applicants propose
 * does not matter; and no applicant can gain by ranking programs other than truthfully.
 *
 * <p>Each free applicant proposes to the next program on its list; a program with a free position
 * holds the proposal, a full program holds it only if it ranks the applicant above its worst
 * holder, whom it then releases to propose again. The run ends when every applicant is held or has
 * exhausted its list.
 *
 * <p>Running time {@code O(n + m + L)} for {@code n} applicants, {@code m} programs and {@code L}
 * mutually acceptable list entries: every entry is proposed at most once, and each program finds
 * its worst holder with a pointer into its own list that, once the program is full, only moves
 * towards better ranks. Extra space: one bit per program-list entry, an int and a long per
 * applicant and a few ints per program.
 *
 * <p>Each proposal but an applicant's first is made by one just displaced, so a run is a chain of
 * dependent reads scattered over memory, and its speed is the memory's latency, not the
 * processor's. Two things shorten the chain: each applicant keeps its next proposal (program and
 * rank) read ahead, and each program knows who its worst holder is; the reads that refresh both
 * are off the chain, and the processor overlaps them with the proposals that follow.
 *
 * <p>Handles markets without couples, supplemental lists and reversions; it refuses others, which
 * the Roth–Peranson algorithm handles. Results are stable by Gale and Shapley's theorem, with
 * status {@link MatchStatus#STABLE}.
 *
 * <p>D. Gale and L. S. Shapley, "College Admissions and the Stability of Marriage", <i>The American
 * Mathematical Monthly</i> 69(1):9–15, 1962. A. E. Roth, "The Evolution of the Labor Market for
 * Medical Interns and Residents: A Case Study in Game Theory", <i>Journal of Political Economy</i>
 * 92(6):991–1016, 1984. L. E. Dubins and D. A. Freedman, "Machiavelli and the Gale–Shapley
 * Algorithm", <i>The American Mathematical Monthly</i> 88(7):485–494, 1981 (truthfulness).
 */
public final class GaleShapleyApplicantProposing implements MatchingAlgorithm {
  /** The name in result files. */
  public static final String NAME = "applicant-proposing";
  /** What an applicant's next proposal is once its list is exhausted. */
  private static final long EXHAUSTED = -1;

  /** The algorithm; it has no settings. */
  public GaleShapleyApplicantProposing() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "applicant-proposing deferred acceptance (Gale–Shapley)";
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
    int[] next = new int[applicants]; // next entry each applicant proposes to
    // Its program and that program's rank of it, read ahead: an applicant displaced proposes at
    // once, without waiting for its list entry to come from memory (see the class comment).
    long[] target = new long[applicants];
    for (int a = 0; a < applicants; a++) {
      next[a] = market.applicantListStart(a);
      target[a] = target(market, a, next[a]);
    }
    ProgramSeats seats = new ProgramSeats(market);
    long proposals = 0;

    for (int first = 0; first < applicants; first++) {
      int a = first; // the applicant proposing now; one it displaces takes over
      while (a >= 0) {
        long t = target[a];
        if (t == EXHAUSTED) {
          break; // list exhausted: a stays unmatched
        }
        int i = next[a] + 1;
        next[a] = i;
        target[a] = target(market, a, i);
        proposals++;
        int seated = seats.seat((int) (t >>> 32), (int) t);
        if (seated != ProgramSeats.REFUSED) {
          a = seated; // the applicant displaced proposes next, or nobody
        }
      }
    }
    return new MatchResult(NAME, MatchStatus.STABLE, IntMatching.ofPrimary(market, matched(market, next, seats)),
        RunCounters.ofProposals(proposals), null);
  }

  /** Entry i of a's list as its program (high half) and that program's rank of a (low half), or EXHAUSTED. */
  private static long target(IntMarket market, int a, int i) {
    return i < market.applicantListEnd(a)
        ? (long) market.programAt(i) << 32 | market.programRankAt(i)
        : EXHAUSTED;
  }

  /** An applicant is matched exactly when the program of its last proposal still holds it. */
  private static int[] matched(IntMarket market, int[] next, ProgramSeats seats) {
    int[] matched = new int[market.applicantCount()];
    for (int a = 0; a < matched.length; a++) {
      int last = next[a] - 1;
      matched[a] = IntMarket.NO_PROGRAM;
      if (last >= market.applicantListStart(a)) {
        int p = market.programAt(last);
        if (seats.holds(market.programListStart(p) + market.programRankAt(last))) {
          matched[a] = p;
        }
      }
    }
    return matched;
  }

  @Override
  public String toString() {
    return NAME;
  }
}

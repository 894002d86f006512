package io.github.matchsim.algorithm;

/**
 * What an algorithm counted while it ran, beyond the matching itself.
 *
 * @param proposals proposals made, re-activations' included
 * @param coupleWithdrawals times a couple member was withdrawn because its partner was displaced
 * @param reactivations applicants, couples and supplemental lists re-activated by the program stack
 * @param revertedPositions positions moved by reversions
 * @param cycles runs that ended because a state repeated
 * @param retries runs repeated: Roth–Peranson's with a reshuffled couple order, Kojima–Pathak–Roth's
 *     rounds from the top after its first pass
 */
public record RunCounters(
    long proposals, long coupleWithdrawals, long reactivations, long revertedPositions, int cycles, int retries) {
  public RunCounters {
    if (proposals < 0 || coupleWithdrawals < 0 || reactivations < 0 || revertedPositions < 0
        || cycles < 0 || retries < 0) {
      throw new IllegalArgumentException("counters must be ≥ 0: " + proposals + ", " + coupleWithdrawals
          + ", " + reactivations + ", " + revertedPositions + ", " + cycles + ", " + retries);
    }
  }

  /** Counters of a run that only made proposals. */
  public static RunCounters ofProposals(long proposals) {
    return new RunCounters(proposals, 0, 0, 0, 0, 0);
  }
}

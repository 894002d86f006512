package io.github.matchsim.algorithm;

import io.github.matchsim.engine.BlockingScan;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.engine.IntMarket;

/**
 * The repair policy of {@link RothPeransonMatching}: after everyone has entered and positions have
 * reverted, find what still blocks and re-activate it, for at most a given number of rounds.
 *
 * <p>Why: the program stack re-activates the applicants and couples that block with a program a
 * proposal vacated, but some blocks arise that no single vacancy explains (for example a couple
 * whose members swap seats, or a block that a cut cycle left behind). Each round scans the
 * matching on ints ({@link BlockingScan}, the stability checker's core; no id or sentence is
 * built), re-activates every single, couple (by its first member) and supplemental list found
 * blocking, reverts again and scans the result. The matching kept is the one with the fewest
 * blocks seen, not the last. Whether a matching is stable is not decided here: {@link
 * Certification} checks every matching the algorithm would return, as a separate step, and the
 * policy runs only when the certification has found the run's matching not stable.
 */
final class RepairRounds {
  private final int rounds;

  RepairRounds(int rounds) {
    this.rounds = rounds;
  }

  /** The matching a run ends with, after repair: the best state seen and what ended the rounds. */
  record Outcome(IntMatching matching, int blocks, boolean limited) {}

  /** Repairs the run in place; {@code limited} when the run had already reached its proposal budget. */
  Outcome repair(RothPeransonRun run, boolean limited) {
    IntMatching matching = run.matching();
    BlockingScan scan = BlockingScan.of(matching);
    IntMatching best = matching;
    int bestBlocks = scan.count();
    for (int round = 0; round < rounds && !limited && !scan.isStable(); round++) {
      IntMarket market = matching.market();
      for (int i = 0; i < scan.count() && !limited; i++) {
        int kind = scan.kind(i);
        if (kind == BlockingScan.SINGLE || kind == BlockingScan.SUPPLEMENTAL) {
          limited = run.reactivate(scan.subject(i), kind == BlockingScan.SUPPLEMENTAL) == RothPeransonRun.Stop.LIMIT;
        } else if (kind == BlockingScan.COUPLE) {
          limited = run.reactivate(market.coupleMember(scan.subject(i), 0), false) == RothPeransonRun.Stop.LIMIT;
        }
      }
      limited = limited || run.revert() == RothPeransonRun.Stop.LIMIT;
      matching = run.matching();
      scan = BlockingScan.of(matching);
      if (scan.count() < bestBlocks) {
        best = matching;
        bestBlocks = scan.count();
      }
    }
    return scan.isStable() ? new Outcome(matching, 0, limited) : new Outcome(best, bestBlocks, limited);
  }
}

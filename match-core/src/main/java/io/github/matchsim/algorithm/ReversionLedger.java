package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import java.util.function.IntConsumer;

/**
 * The reversions of one run: how many positions each has moved so far, and the moving itself.
 * Positions a donor leaves unfilled move to its receivers in the stated order, each reversion at
 * most its stated number over the whole run; moved positions never come back.
 */
final class ReversionLedger {
  private final IntMarket market;
  private final int[] moved;
  private long positionsMoved;

  ReversionLedger(IntMarket market) {
    this.market = market;
    int programs = market.programCount();
    this.moved = new int[programs == 0 ? 0 : market.reversionEnd(programs - 1)];
  }

  /**
   * Moves each donor's free positions to its receivers; tells {@code gained} of every receiver
   * that gained.
   *
   * @return whether anything moved
   */
  boolean move(ProgramSeats seats, IntConsumer gained) {
    boolean any = false;
    for (int p = 0; p < market.programCount(); p++) {
      for (int k = market.reversionStart(p); k < market.reversionEnd(p) && seats.free(p) > 0; k++) {
        int move = Math.min(seats.free(p), market.reversionPositions(k) - moved[k]);
        if (move > 0) {
          int receiver = market.reversionReceiver(k);
          seats.addPositions(p, -move);
          seats.addPositions(receiver, move);
          moved[k] += move;
          positionsMoved += move;
          gained.accept(receiver);
          any = true;
        }
      }
    }
    return any;
  }

  /** Positions moved so far. */
  long positionsMoved() {
    return positionsMoved;
  }
}

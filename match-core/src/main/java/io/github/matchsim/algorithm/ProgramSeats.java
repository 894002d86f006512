package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;

/**
 * The seats of every program during a run: its positions (which reversions change), how many are
 * free, a bit per entry of its list telling whether it holds that applicant, and the rank of its
 * worst holder. Applicant-proposing deferred acceptance and Roth–Peranson seat applicants through
 * it, so that the bookkeeping is written once.
 *
 * <p>The bits are a bitset rather than a {@code boolean[]} to stay in cache (for 50,000
 * applicants, 75 kB instead of 600 kB); the worst holder is found again, when it leaves, by a
 * search for the previous set bit.
 *
 * <p>Each program also keeps who its worst holder is. A displacement hands that applicant on at
 * once, and the lookup of the next worst holder in the program's list, a likely cache miss, is
 * off the chain of displacements that deferred acceptance follows: the processor overlaps it with
 * the displaced applicant's next proposal instead of waiting for it first.
 */
final class ProgramSeats {
  /** What {@link #seat} returns when the program does not take the applicant. */
  static final int REFUSED = -2;
  /** What {@link #seat} returns when the applicant took a free seat. */
  static final int NOBODY = -1;

  private final IntMarket market;
  private final int[] positions;
  private final int[] free;
  /** Per program, its rank of its worst holder, -1 when it holds nobody. */
  private final int[] worst;
  /** Per program, the applicant of its worst holder, -1 when it holds nobody. */
  private final int[] worstHolder;
  private final EntrySet held;

  ProgramSeats(IntMarket market) {
    this.market = market;
    int programs = market.programCount();
    positions = new int[programs];
    free = new int[programs];
    worst = new int[programs];
    worstHolder = new int[programs];
    for (int p = 0; p < programs; p++) {
      positions[p] = market.positions(p);
      free[p] = positions[p];
      worst[p] = -1;
      worstHolder[p] = -1;
    }
    held = new EntrySet(market.programSideEntries());
  }

  /** Program {@code p}'s positions now. */
  int positions(int p) {
    return positions[p];
  }

  /** Program {@code p}'s free positions now. */
  int free(int p) {
    return free[p];
  }

  /** Adds (or, negative, removes) positions of program {@code p}, free ones. */
  void addPositions(int p, int count) {
    positions[p] += count;
    free[p] += count;
  }

  /** Whether program-list entry {@code j} is held (primary or PGY-1 alike). */
  boolean holds(int j) {
    return held.get(j);
  }

  /**
   * The first entry of program {@code p}'s list from entry {@code from} on that p holds or that
   * is in {@code others}, or -1 when there is none.
   */
  int nextHeldOrIn(EntrySet others, int p, int from) {
    return EntrySet.nextInEither(held, others, from, market.programListEnd(p));
  }

  /** Whether p would seat an applicant it ranks r: a free position, or one held by someone worse. */
  boolean canSeat(int p, int r) {
    return free[p] > 0 || r < worst[p];
  }

  /**
   * Seats the applicant p ranks r if p would, displacing its worst holder when full.
   *
   * @return {@link #REFUSED}, {@link #NOBODY} for a free seat taken, or the applicant displaced
   */
  int seat(int p, int r) {
    int base = market.programListStart(p);
    if (free[p] > 0) {
      free[p]--;
      held.set(base + r);
      if (r > worst[p]) {
        setWorst(p, base, r);
      }
      return NOBODY;
    }
    int w = worst[p];
    if (r >= w) {
      return REFUSED;
    }
    int displaced = worstHolder[p];
    held.clear(base + w);
    held.set(base + r);
    setWorst(p, base, held.previousSet(base + w - 1) - base); // at least r: the newcomer is held
    return displaced;
  }

  /** Makes rank {@code w} of program {@code p}'s list (starting at {@code base}) its worst holder, or none for -1. */
  private void setWorst(int p, int base, int w) {
    worst[p] = w;
    worstHolder[p] = w < 0 ? -1 : market.applicantAt(base + w);
  }

  /** Whether p has two seats free or held by applicants it ranks below {@code worse}. */
  boolean canSeatTwo(int p, int worse) {
    if (positions[p] < 2) {
      return false;
    }
    if (free[p] >= 2) {
      return true;
    }
    if (worst[p] <= worse) {
      return false;
    }
    if (free[p] == 1) {
      return true;
    }
    int base = market.programListStart(p);
    return held.previousSet(base + worst[p] - 1) - base > worse;
  }

  /** Gives up the seat at p of the applicant p ranks r. */
  void unseat(int p, int r) {
    int base = market.programListStart(p);
    held.clear(base + r);
    free[p]++;
    if (r == worst[p]) {
      int previous = held.previousSet(base + r - 1, base);
      setWorst(p, base, previous < 0 ? -1 : previous - base);
    }
  }

  /** Takes back a seat just given up, which nobody can have taken. */
  void reseat(int p, int r) {
    int base = market.programListStart(p);
    held.set(base + r);
    free[p]--;
    if (r > worst[p]) {
      setWorst(p, base, r);
    }
  }
}

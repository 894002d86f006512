package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;

/**
 * The state of one run of {@link KojimaPathakRothMatching}: who holds which seat, where each single
 * and couple stands on its list, and the queues of those waiting to apply. Seats go through {@link
 * ProgramSeats}, the bookkeeping deferred acceptance and Roth–Peranson share.
 */
final class SequentialCouplesRun {
  /** How a round from the top ended. */
  enum Round { SETTLED, UNCHANGED, LIMIT }

  private final IntMarket m;
  private final ProgramSeats seats;
  private final long proposalLimit;
  private long proposals;
  private long coupleWithdrawals;
  /** Seats taken in the current round: none means the round changed nothing. */
  private long moves;

  /** Per applicant: the program held and the rank it gives the holder, or NO_PROGRAM. */
  private final int[] primary;
  private final int[] primaryRank;
  /** Per single: the next entry of its list to apply to. */
  private final int[] next;
  /** Per couple: the pair entry held (or -1) and the next pair entry to apply to. */
  private final int[] pairHeld;
  private final int[] pairNext;

  private final IntQueue singles;
  private final IntQueue couples;

  SequentialCouplesRun(IntMarket market, long proposalLimit) {
    this.m = market;
    this.seats = new ProgramSeats(market);
    this.proposalLimit = proposalLimit;
    int applicants = market.applicantCount();
    primary = new int[applicants];
    primaryRank = new int[applicants];
    next = new int[applicants];
    java.util.Arrays.fill(primary, IntMarket.NO_PROGRAM);
    for (int a = 0; a < applicants; a++) {
      next[a] = market.applicantListStart(a);
    }
    pairHeld = new int[market.coupleCount()];
    pairNext = new int[market.coupleCount()];
    java.util.Arrays.fill(pairHeld, -1);
    for (int c = 0; c < pairNext.length; c++) {
      pairNext[c] = market.coupleListStart(c);
    }
    singles = new IntQueue(applicants);
    couples = new IntQueue(market.coupleCount());
  }

  long proposals() {
    return proposals;
  }

  long coupleWithdrawals() {
    return coupleWithdrawals;
  }

  /** The matching as it stands. */
  IntMatching matching() {
    return IntMatching.ofPrimary(m, primary.clone());
  }

  /** Steps 1 and 2: the singles settle, then each couple in turn. False if the budget ran out. */
  boolean firstPass() {
    for (int a = 0; a < m.applicantCount(); a++) {
      if (m.coupleOf(a) < 0) {
        singles.add(a);
      }
    }
    if (!settleSingles()) {
      return false;
    }
    for (int c = 0; c < m.coupleCount(); c++) {
      couples.add(c);
    }
    return settle();
  }

  /** Step 3: everyone applies again from the top, keeping what it holds until something better seats it. */
  Round roundFromTheTop() {
    moves = 0;
    for (int c = 0; c < m.coupleCount(); c++) {
      pairNext[c] = m.coupleListStart(c);
      couples.add(c);
    }
    for (int a = 0; a < m.applicantCount(); a++) {
      if (m.coupleOf(a) < 0) {
        next[a] = m.applicantListStart(a);
        singles.add(a);
      }
    }
    if (!settle()) {
      return Round.LIMIT;
    }
    return moves == 0 ? Round.UNCHANGED : Round.SETTLED;
  }

  /** Couples one at a time, each followed by the singles it displaced, until both queues are empty. */
  private boolean settle() {
    while (!couples.isEmpty() || !singles.isEmpty()) {
      if (!settleSingles()) {
        return false;
      }
      if (!couples.isEmpty()) {
        applyCouple(couples.poll());
        if (proposals > proposalLimit) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean settleSingles() {
    while (!singles.isEmpty()) {
      applySingle(singles.poll());
      if (proposals > proposalLimit) {
        return false;
      }
    }
    return true;
  }

  /** A single applies down its list from where it stands until a program seats it or it reaches what it holds. */
  private void applySingle(int a) {
    int end = m.applicantListEnd(a);
    for (int i = next[a]; i < end; i++) {
      int p = m.programAt(i);
      if (p == primary[a]) {
        next[a] = i + 1;
        return; // nothing better seats it: it keeps its seat
      }
      proposals++;
      int r = m.programRankAt(i);
      int displaced = seats.seat(p, r);
      if (displaced == ProgramSeats.REFUSED) {
        continue;
      }
      next[a] = i + 1;
      leave(a);
      take(a, p, r);
      if (displaced >= 0) {
        lose(displaced);
      }
      return;
    }
    next[a] = end;
  }

  /** A couple applies down its pairs from where it stands until a pair seats both or it reaches what it holds. */
  private void applyCouple(int c) {
    int end = m.coupleListEnd(c);
    int[] member = {m.coupleMember(c, 0), m.coupleMember(c, 1)};
    for (int k = pairNext[c]; k < end; k++) {
      if (k == pairHeld[c]) {
        pairNext[c] = k + 1;
        return;
      }
      proposals++;
      int p0 = m.pairProgram(k, 0);
      int p1 = m.pairProgram(k, 1);
      int r0 = m.pairProgramRank(k, 0);
      int r1 = m.pairProgramRank(k, 1);
      boolean seated = p0 >= 0 && p0 == p1 ? seats.canSeatTwo(p0, Math.max(r0, r1))
          : (p0 < 0 || seats.canSeat(p0, r0)) && (p1 < 0 || seats.canSeat(p1, r1));
      if (!seated) {
        continue;
      }
      pairNext[c] = k + 1;
      // Leave the pair held first: that only frees seats, so both sides still seat the members.
      leave(member[0]);
      leave(member[1]);
      pairHeld[c] = k;
      int[] program = {p0, p1};
      int[] rank = {r0, r1};
      for (int s = 0; s < 2; s++) {
        if (program[s] >= 0) {
          int displaced = seats.seat(program[s], rank[s]);
          if (displaced == ProgramSeats.REFUSED) {
            throw new IllegalStateException("a pair that seated the couple refused it: " + k);
          }
          take(member[s], program[s], rank[s]);
          if (displaced >= 0) {
            lose(displaced);
          }
        }
      }
      return;
    }
    pairNext[c] = end;
  }

  /** Applicant a takes the seat p gives it at rank r (the seat is already counted in {@link #seats}). */
  private void take(int a, int p, int r) {
    primary[a] = p;
    primaryRank[a] = r;
    moves++;
  }

  /** Applicant a gives up the seat it holds, if any. */
  private void leave(int a) {
    if (primary[a] >= 0) {
      seats.unseat(primary[a], primaryRank[a]);
      primary[a] = IntMarket.NO_PROGRAM;
    }
  }

  /**
   * Applicant h lost its seat to a better applicant: a single applies on down its list; a couple
   * gives up its other member's seat too and applies on below the pair it held.
   */
  private void lose(int h) {
    primary[h] = IntMarket.NO_PROGRAM;
    int c = m.coupleOf(h);
    if (c < 0) {
      singles.add(h);
      return;
    }
    for (int s = 0; s < 2; s++) {
      leave(m.coupleMember(c, s));
    }
    pairHeld[c] = -1;
    coupleWithdrawals++;
    couples.add(c);
  }

  /** A queue of ints, each at most once in it at a time. */
  private static final class IntQueue {
    private final int[] items;
    private final boolean[] queued;
    private int head;
    private int size;

    IntQueue(int capacity) {
      items = new int[Math.max(1, capacity)];
      queued = new boolean[Math.max(1, capacity)];
    }

    void add(int item) {
      if (queued[item]) {
        return;
      }
      queued[item] = true;
      items[(head + size++) % items.length] = item;
    }

    int poll() {
      int item = items[head];
      head = (head + 1) % items.length;
      size--;
      queued[item] = false;
      return item;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import java.util.Arrays;

/**
 * One run of the Roth–Peranson process in a fixed order of entrants; {@link RothPeransonMatching}
 * decides the order, checks the result and retries.
 *
 * <p>State lives in int arrays indexed by applicant, couple, program and program-list entry. Each
 * program keeps its free seats, a bit per entry of its list telling whether it holds that
 * applicant (as a primary or a PGY-1 position) and the rank of its worst holder.
 *
 * <p>Work goes through two stacks. The <em>applicant stack</em> holds items: a single, couple or
 * supplemental list to propose down from where it stands, or one to re-activate (propose again
 * from the top of its list while keeping what it holds). The <em>program stack</em> holds
 * programs that gained a vacancy other than by an ordinary proposal: a withdrawn couple partner,
 * a lost PGY-1 position, a re-activated applicant that moved, a reversion. When the applicant
 * stack is empty, a program is taken from the program stack and every entered applicant, couple
 * or supplemental list that now blocks with it is re-activated.
 *
 * <p>A {@link CycleDetector} tells when a <em>quiescent state</em> (an empty applicant stack)
 * repeats since the last entrant. On a repeat the vacancies still waiting are dropped, the cycle is
 * counted, and {@link Stop#CYCLE} is returned: the caller goes on with the next entrant, so that one
 * couple caught in a cycle does not keep the others out. A {@link ReversionLedger} moves unfilled
 * positions along reversions.
 */
final class RothPeransonRun {
  /** Why a run stopped. */
  enum Stop {
    SETTLED,
    CYCLE,
    LIMIT
  }

  private final IntMarket m;
  private final long proposalLimit;

  // Programs.
  private final ProgramSeats seats;
  /** Per program-list entry: the applicant's rank of the program on its primary list, or -1. */
  private final int[] primaryRankAt;
  /**
   * The program-list entries of applicants that went past the program on a list since entering:
   * refused there, displaced from there, or a couple that gave up a pair naming it. Only such an
   * applicant can rank the program above what it holds once the process is quiet, so the search
   * for blockers of a vacated program looks at these entries and at its holders, and at no other.
   */
  private final EntrySet passed;
  /** Whether the search for blockers walks a program's whole list instead (for the tests). */
  private final boolean wholeListSearch;

  // Applicants: what they hold, the program's rank of them there, and where their lists stand.
  private final int[] primary;
  private final int[] primaryRank;
  private final int[] primaryEntry;
  private final int[] pgy1;
  private final int[] pgy1Rank;
  private final int[] pgy1Entry;
  private final int[] next;
  private final int[] supplementalNext;
  private final boolean[] entered;

  // Couples.
  private final int[] pairHeld;
  private final int[] pairNext;

  private final ReversionLedger reversions;

  private final IntStack applicantStack;
  private final IntStack programStack;
  private final boolean[] onProgramStack;
  private final CycleDetector cycleDetector = new CycleDetector();

  private long proposals;
  private long coupleWithdrawals;
  private long reactivations;
  private int cycles;

  RothPeransonRun(IntMarket market, long proposalLimit, boolean wholeListSearch) {
    this.m = market;
    this.proposalLimit = proposalLimit;
    this.wholeListSearch = wholeListSearch;
    int programs = market.programCount();
    int applicants = market.applicantCount();
    seats = new ProgramSeats(market);
    primaryRankAt = new int[market.programSideEntries()];
    Arrays.fill(primaryRankAt, -1);
    passed = new EntrySet(market.programSideEntries());
    primary = filled(applicants, IntMarket.NO_PROGRAM);
    primaryRank = new int[applicants];
    primaryEntry = new int[applicants];
    pgy1 = filled(applicants, IntMarket.NO_PROGRAM);
    pgy1Rank = new int[applicants];
    pgy1Entry = new int[applicants];
    next = new int[applicants];
    supplementalNext = new int[applicants];
    entered = new boolean[applicants];
    for (int a = 0; a < applicants; a++) {
      next[a] = market.applicantListStart(a);
      for (int i = market.applicantListStart(a); i < market.applicantListEnd(a); i++) {
        int p = market.programAt(i);
        primaryRankAt[market.programListStart(p) + market.programRankAt(i)] = i - market.applicantListStart(a);
      }
    }
    pairHeld = filled(market.coupleCount(), -1);
    pairNext = new int[market.coupleCount()];
    for (int c = 0; c < market.coupleCount(); c++) {
      pairNext[c] = market.coupleListStart(c);
    }
    reversions = new ReversionLedger(market);
    applicantStack = new IntStack(64);
    programStack = new IntStack(64);
    onProgramStack = new boolean[programs];
  }

  private static int[] filled(int length, int value) {
    int[] array = new int[length];
    Arrays.fill(array, value);
    return array;
  }

  // ---- entering and settling ----

  /** Enters a single applicant and lets the process settle. */
  Stop enterSingle(int a) {
    entered[a] = true;
    push(Work.PROPOSE_SINGLE, a);
    return settle();
  }

  /** Enters a couple and lets the process settle. */
  Stop enterCouple(int c) {
    entered[m.coupleMember(c, 0)] = true;
    entered[m.coupleMember(c, 1)] = true;
    push(Work.PROPOSE_COUPLE, c);
    return settle();
  }

  /** Moves unfilled positions along reversions and settles, until nothing moves. */
  Stop revert() {
    Stop stop = Stop.SETTLED;
    while (stop == Stop.SETTLED && reversions.move(seats, this::pushProgram)) {
      stop = settle();
    }
    return stop;
  }

  /** Re-activates a single, a couple (by a member) or a supplemental list, and settles. */
  Stop reactivate(int a, boolean supplemental) {
    int c = m.coupleOf(a);
    push(supplemental ? Work.REACTIVATE_SUPPLEMENTAL : c >= 0 ? Work.REACTIVATE_COUPLE : Work.REACTIVATE_SINGLE,
        supplemental || c < 0 ? a : c);
    return settle();
  }

  /** Works both stacks until they are empty, a state repeats or the proposal budget runs out. */
  private Stop settle() {
    cycleDetector.startPhase();
    while (true) {
      while (!applicantStack.isEmpty()) {
        if (proposals > proposalLimit) {
          return Stop.LIMIT;
        }
        int item = applicantStack.pop();
        int id = Work.id(item);
        switch (Work.of(item)) {
          case PROPOSE_SINGLE -> proposeSingle(id);
          case PROPOSE_COUPLE -> proposeCouple(id);
          case PROPOSE_SUPPLEMENTAL -> proposeSupplemental(id);
          case REACTIVATE_SINGLE -> reactivateSingle(id);
          case REACTIVATE_COUPLE -> reactivateCouple(id);
          case REACTIVATE_SUPPLEMENTAL -> reactivateSupplemental(id);
        }
      }
      if (programStack.isEmpty()) {
        return Stop.SETTLED;
      }
      if (cycleDetector.repeats(programStack.size())) {
        // The process would repeat itself forever: drop the vacancies still waiting, so that the
        // entrants still to come, the reversions and the checker's repair rounds can go on.
        while (!programStack.isEmpty()) {
          onProgramStack[programStack.pop()] = false;
        }
        cycles++;
        return Stop.CYCLE;
      }
      int p = programStack.pop();
      onProgramStack[p] = false;
      reactivateBlockers(p);
    }
  }

  private void push(Work work, int id) {
    applicantStack.push(work.item(id));
  }

  private void pushProgram(int p) {
    if (!onProgramStack[p]) {
      onProgramStack[p] = true;
      programStack.push(p);
      cycleDetector.pushed(programStack.size(), p);
    }
  }

  // ---- proposals ----

  private void proposeSingle(int a) {
    if (primary[a] >= 0) {
      return; // already placed by an earlier item
    }
    int end = m.applicantListEnd(a);
    for (int i = next[a]; i < end; i++) {
      proposals++;
      if (seat(m.programAt(i), m.programRankAt(i))) {
        next[a] = i + 1;
        takePrimary(a, m.programAt(i), m.programRankAt(i), i);
        return;
      }
    }
    next[a] = end;
  }

  private void proposeCouple(int c) {
    if (pairHeld[c] >= 0) {
      return;
    }
    int end = m.coupleListEnd(c);
    for (int k = pairNext[c]; k < end; k++) {
      proposals++;
      if (seatPair(k)) {
        takePair(c, k);
        return;
      }
    }
    pairNext[c] = end;
  }

  private void proposeSupplemental(int a) {
    int list = linkedList(a);
    if (list < 0 || pgy1[a] >= 0) {
      return; // lost the advanced position meanwhile, or already placed
    }
    int end = m.supplementalListEnd(list);
    for (int i = supplementalNext[a]; i < end; i++) {
      proposals++;
      if (seat(m.supplementalProgramAt(i), m.supplementalProgramRankAt(i))) {
        supplementalNext[a] = i + 1;
        takePgy1(a, list, i);
        return;
      }
    }
    supplementalNext[a] = end; // keeps the advanced position alone: a partial match
  }

  /** The supplemental list linked to the advanced program a holds, or -1. */
  private int linkedList(int a) {
    int p = primary[a];
    return p >= 0 && m.isAdvanced(p) ? m.supplementalListFor(a, p) : -1;
  }

  // ---- re-activation: propose again from the top, keeping what is held until something better takes ----

  private void reactivateSingle(int a) {
    reactivations++;
    int start = m.applicantListStart(a);
    int current = primary[a] >= 0 ? primaryEntry[a] : m.applicantListEnd(a);
    for (int i = start; i < current; i++) {
      proposals++;
      int p = m.programAt(i);
      if (p == pgy1[a]) {
        // Its own PGY-1 seat: the same entry of p's list, so it becomes the primary seat.
        setPgy1(a, IntMarket.NO_PROGRAM, 0, 0);
      } else if (seats.canSeat(p, m.programRankAt(i))) {
        seat(p, m.programRankAt(i));
      } else {
        continue; // went past p before, to stand where it stands: already in passed
      }
      leavePrimary(a);
      next[a] = i + 1;
      takePrimary(a, p, m.programRankAt(i), i);
      return;
    }
  }

  private void reactivateCouple(int c) {
    reactivations++;
    int current = pairHeld[c] >= 0 ? pairHeld[c] : m.coupleListEnd(c);
    int[] member = {m.coupleMember(c, 0), m.coupleMember(c, 1)};
    // Give up the primary seats while testing better pairs: a member may take the seat its partner
    // vacates, as the stability definition allows.
    for (int a : member) {
      if (primary[a] >= 0) {
        seats.unseat(primary[a], primaryRank[a]);
      }
    }
    for (int k = m.coupleListStart(c); k < current; k++) {
      proposals++;
      // A member that moves gives up its PGY-1 seat too; one that stays keeps it.
      for (int s = 0; s < 2; s++) {
        if (m.pairProgram(k, s) != primary[member[s]] && pgy1[member[s]] >= 0) {
          seats.unseat(pgy1[member[s]], pgy1Rank[member[s]]);
        }
      }
      if (seatPair(k)) {
        for (int s = 0; s < 2; s++) {
          int a = member[s];
          if (m.pairProgram(k, s) != primary[a]) {
            if (pgy1[a] >= 0) {
              pushProgram(pgy1[a]);
              setPgy1(a, IntMarket.NO_PROGRAM, 0, 0);
            }
            if (primary[a] >= 0) {
              pushProgram(primary[a]);
            }
          }
        }
        takePair(c, k);
        return;
      }
      for (int s = 0; s < 2; s++) {
        if (m.pairProgram(k, s) != primary[member[s]] && pgy1[member[s]] >= 0) {
          seats.reseat(pgy1[member[s]], pgy1Rank[member[s]]);
        }
      }
    }
    for (int a : member) { // nothing better: sit down again in the seats just given up
      if (primary[a] >= 0) {
        seats.reseat(primary[a], primaryRank[a]);
      }
    }
  }

  private void reactivateSupplemental(int a) {
    reactivations++;
    int list = linkedList(a);
    if (list < 0) {
      return;
    }
    int current = pgy1[a] >= 0 ? pgy1Entry[a] : m.supplementalListEnd(list);
    for (int i = m.supplementalListStart(list); i < current; i++) {
      proposals++;
      int q = m.supplementalProgramAt(i);
      if (seats.canSeat(q, m.supplementalProgramRankAt(i))) {
        seat(q, m.supplementalProgramRankAt(i));
        leavePgy1(a);
        supplementalNext[a] = i + 1;
        takePgy1(a, list, i);
        return;
      }
    }
  }

  /**
   * Re-activates every entered applicant, couple and supplemental list that blocks with program p:
   * those that rank p above what they hold, among the applicants p ranks above its worst seat.
   *
   * <p>Only applicants that went past p can block with it, and the search visits their entries
   * and p's holders alone (see {@link #passed}): the same applicants, in the same order, as a walk
   * down p's whole list, at a fraction of its cost.
   */
  private void reactivateBlockers(int p) {
    int first = applicantStack.size();
    // Supplemental lists name preliminary and transitional programs only (the market checks it):
    // for any other program no supplemental list can block, and the lists are not looked at.
    boolean onSupplementalLists = m.isPgy1Year(p);
    int positions = seats.positions(p);
    int above = 0; // holders p ranks above the entry looked at
    for (int j = next(p, m.programListStart(p)); j >= 0 && above < positions; j = next(p, j + 1)) {
      if (seats.holds(j)) {
        above++;
        if (!passed.get(j) && !wholeListSearch) {
          continue;
        }
        int a = m.applicantAt(j);
        if (pgy1[a] == p) { // may rather hold p as its primary position
          int c = m.coupleOf(a);
          int rank = primaryRankAt[j];
          if (c < 0 && rank >= 0 && rank < primaryEntry[a] - m.applicantListStart(a)) {
            push(Work.REACTIVATE_SINGLE, a);
          } else if (c >= 0 && pairAboveNames(c, a == m.coupleMember(c, 0) ? 0 : 1, p)) {
            push(Work.REACTIVATE_COUPLE, c);
          }
        }
        continue;
      }
      int a = m.applicantAt(j);
      if (!entered[a]) {
        continue;
      }
      int c = m.coupleOf(a);
      if (c < 0) {
        int rank = primaryRankAt[j];
        if (rank >= 0 && (primary[a] < 0 || rank < primaryEntry[a] - m.applicantListStart(a))) {
          push(Work.REACTIVATE_SINGLE, a);
        }
      } else if (pairAboveNames(c, a == m.coupleMember(c, 0) ? 0 : 1, p)) {
        push(Work.REACTIVATE_COUPLE, c);
      }
      if (onSupplementalLists && m.hasSupplementalLists(a) && supplementalAboveNames(a, p)) {
        push(Work.REACTIVATE_SUPPLEMENTAL, a);
      }
    }
    // Pushed best first; reversed, the program's favourite is taken first, which spares a chain
    // of displacements among the blockers (each one a chance to displace a couple).
    applicantStack.reverseFrom(first);
  }

  /** The next entry of p's list from j on that the search for blockers looks at, or -1. */
  private int next(int p, int j) {
    if (wholeListSearch) {
      return j < m.programListEnd(p) ? j : -1;
    }
    return seats.nextHeldOrIn(passed, p, j);
  }

  private boolean pairAboveNames(int c, int side, int p) {
    int current = pairHeld[c] >= 0 ? pairHeld[c] : m.coupleListEnd(c);
    for (int k = m.coupleListStart(c); k < current; k++) {
      if (m.pairProgram(k, side) == p) {
        return true;
      }
    }
    return false;
  }

  private boolean supplementalAboveNames(int a, int q) {
    int list = linkedList(a);
    if (list < 0) {
      return false;
    }
    int current = pgy1[a] >= 0 ? pgy1Entry[a] : m.supplementalListEnd(list);
    for (int i = m.supplementalListStart(list); i < current; i++) {
      if (m.supplementalProgramAt(i) == q) {
        return true;
      }
    }
    return false;
  }

  // ---- seats ----

  /** Seats the applicant p ranks r if p would; whoever it displaces loses its seat. */
  private boolean seat(int p, int r) {
    int displaced = seats.seat(p, r);
    if (displaced == ProgramSeats.REFUSED) {
      passed(p, r);
      return false;
    }
    if (displaced != ProgramSeats.NOBODY) {
      displaced(displaced, p);
    }
    return true;
  }

  /** Whether pair entry k can be taken at once, and if so takes its seats. */
  private boolean seatPair(int k) {
    int p0 = m.pairProgram(k, 0);
    int p1 = m.pairProgram(k, 1);
    int r0 = m.pairProgramRank(k, 0);
    int r1 = m.pairProgramRank(k, 1);
    boolean fits = p0 >= 0 && p0 == p1
        ? seats.canSeatTwo(p0, Math.max(r0, r1))
        : (p0 < 0 || seats.canSeat(p0, r0)) && (p1 < 0 || seats.canSeat(p1, r1));
    if (!fits) {
      // The couple goes past the pair: both members' programs in it count as passed.
      if (p0 >= 0) {
        passed(p0, r0);
      }
      if (p1 >= 0) {
        passed(p1, r1);
      }
      return false;
    }
    // Seating one side can only free seats elsewhere (a displaced couple withdraws its partner),
    // so the other side still accepts.
    if (p0 >= 0) {
      seat(p0, r0);
    }
    if (p1 >= 0) {
      seat(p1, r1);
    }
    return true;
  }

  /** Notes that the applicant p ranks r went past p (see {@link #passed}). */
  private void passed(int p, int r) {
    passed.set(m.programListStart(p) + r);
  }

  /** Gives up a seat and puts p on the program stack. */
  private void release(int p, int r) {
    seats.unseat(p, r);
    pushProgram(p);
  }

  /** Applicant h lost its seat at p to a better applicant. */
  private void displaced(int h, int p) {
    if (primary[h] == p) {
      passed(p, primaryRank[h]);
      setPrimary(h, IntMarket.NO_PROGRAM, 0);
      leavePgy1(h);
      int c = m.coupleOf(h);
      if (c < 0) {
        push(Work.PROPOSE_SINGLE, h);
        return;
      }
      int partner = m.coupleMember(c, 0) == h ? m.coupleMember(c, 1) : m.coupleMember(c, 0);
      if (primary[partner] >= 0) {
        passed(primary[partner], primaryRank[partner]); // the pair is given up on both sides
        leavePrimary(partner);
        coupleWithdrawals++;
      }
      pairNext[c] = pairHeld[c] + 1;
      pairHeld[c] = -1;
      push(Work.PROPOSE_COUPLE, c);
    } else {
      passed(p, pgy1Rank[h]);
      setPgy1(h, IntMarket.NO_PROGRAM, 0, 0);
      push(Work.PROPOSE_SUPPLEMENTAL, h);
    }
  }

  /** Applicant a gives up its primary seat (and with it any PGY-1 seat), announcing the vacancies. */
  private void leavePrimary(int a) {
    if (primary[a] >= 0) {
      release(primary[a], primaryRank[a]);
      setPrimary(a, IntMarket.NO_PROGRAM, 0);
    }
    leavePgy1(a);
  }

  private void leavePgy1(int a) {
    if (pgy1[a] >= 0) {
      release(pgy1[a], pgy1Rank[a]);
      setPgy1(a, IntMarket.NO_PROGRAM, 0, 0);
    }
  }

  private void takePrimary(int a, int p, int rank, int entry) {
    setPrimary(a, p, rank);
    primaryEntry[a] = entry;
    startSupplemental(a);
  }

  /**
   * Records the PGY-1 seat just taken from supplemental entry i, unless taking it displaced the
   * applicant's own partner and so withdrew the advanced position the list depends on: then the
   * seat is given back.
   */
  private void takePgy1(int a, int list, int i) {
    if (linkedList(a) == list) {
      setPgy1(a, m.supplementalProgramAt(i), m.supplementalProgramRankAt(i), i);
    } else {
      release(m.supplementalProgramAt(i), m.supplementalProgramRankAt(i));
    }
  }

  private void takePair(int c, int k) {
    pairHeld[c] = k;
    pairNext[c] = k + 1;
    for (int s = 0; s < 2; s++) {
      int a = m.coupleMember(c, s);
      int p = m.pairProgram(k, s);
      if (p == primary[a]) {
        primaryRank[a] = m.pairProgramRank(k, s); // stays: keeps its PGY-1 position too
        continue;
      }
      leavePgy1(a);
      setPrimary(a, p, m.pairProgramRank(k, s));
      startSupplemental(a);
    }
  }

  private void startSupplemental(int a) {
    int list = linkedList(a);
    if (list >= 0) {
      supplementalNext[a] = m.supplementalListStart(list);
      push(Work.PROPOSE_SUPPLEMENTAL, a);
    }
  }

  // ---- the assignment (hashed for the cycle detector) ----

  private void setPrimary(int a, int p, int rank) {
    cycleDetector.assigned(a, primary[a], p, 0);
    primary[a] = p;
    primaryRank[a] = rank;
  }

  private void setPgy1(int a, int q, int rank, int entry) {
    cycleDetector.assigned(a, pgy1[a], q, 1);
    pgy1[a] = q;
    pgy1Rank[a] = rank;
    pgy1Entry[a] = entry;
  }

  // ---- what it counted ----

  /** Runs that ended because a state repeated. */
  int cycles() {
    return cycles;
  }

  /** The counters of this run, with the cycles and retries of every attempt the caller made. */
  RunCounters counters(int allCycles, int retries) {
    return new RunCounters(proposals, coupleWithdrawals, reactivations, reversions.positionsMoved(), allCycles, retries);
  }

  /**
   * The matching as it stands, with its positions derived from the market's reversions as {@code
   * docs/semantics.md} defines them. They are this run's own positions whenever reverting settled;
   * when a phase was cut short by a cycle or the budget, a donor may still hold an unfilled position
   * that the contract moves on, and the matching reported (and checked) must be the contract's.
   */
  IntMatching matching() {
    return IntMatching.withReversions(m, primary, pgy1);
  }
}

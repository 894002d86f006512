package io.github.matchsim.engine;

import java.util.Arrays;

/**
 * The stability checker's core: every blocking coalition of an {@link IntMatching}, found on ints
 * and recorded as ints (a kind, a reason, who, which programs, where on the list), with no string
 * built. {@code io.github.matchsim.stability.StabilityChecker} turns the records into sentences
 * when a caller asks for them.
 *
 * <p>What blocks is {@code docs/semantics.md}'s definition: individual rationality (every position
 * held is mutually acceptable and on the holder's or its couple's list, every PGY-1 position comes
 * from a supplemental list linked to the advanced program held, no program exceeds its final
 * positions), then single, couple and supplemental blocks, all against the matching's final
 * positions. Whether a program would admit arriving applicants follows the definition to the
 * letter, with the deviating applicants' seats given up unless they stay (Biró, Manlove and
 * McBride's definition for couples, extended to supplemental lists). Each program's holders are
 * kept sorted by the program's rank, so "how many holders does p rank above x" is a binary search;
 * for a single it is one comparison with the holder in the last position.
 *
 * <p>Running time {@code O(n + m + L)} for markets without couples, where {@code L} is the total
 * length of the compiled lists; each couple adds {@code O(log h)} per pair on its list above its
 * current one, where {@code h} is the largest number of holders of a program. This code shares
 * nothing with the matching algorithms but the compiled market, so that it can prove them right.
 *
 * <p>P. Biró, D. F. Manlove and I. McBride, "The Hospitals / Residents Problem with Couples:
 * Complexity and Integer Programming Models", <i>Proceedings of SEA 2014</i>, LNCS 8504:10–21,
 * 2014.
 */
public final class BlockingScan {
  /** Kinds, in the order a report lists them. */
  public static final int IRRATIONAL = 0;
  public static final int OVER_CAPACITY = 1;
  public static final int SINGLE = 2;
  public static final int COUPLE = 3;
  public static final int SUPPLEMENTAL = 4;
  private static final int KINDS = 5;

  /** Reasons of {@link #IRRATIONAL} blocks. */
  public static final int PRIMARY_NOT_MUTUAL = 0;
  public static final int PGY1_WITHOUT_LINKED_LIST = 1;
  public static final int PGY1_NOT_ON_LIST = 2;
  public static final int PGY1_NOT_RANKING = 3;
  public static final int PAIR_NOT_USABLE = 4;

  /** Ints per record: kind, reason, subject, program 0, program 1, entry. */
  private static final int STRIDE = 6;

  private final IntMarket market;
  private final IntMatching matching;
  /** Whether couples' seats count as held (the Stable Matching Suite's definition) instead of given up. */
  private final boolean seatsAsHeld;
  /** Per applicant: its primary program's rank of it, -1 when none or not mutually acceptable. */
  private final int[] primaryRank;
  /** Per applicant: its PGY-1 program's rank of it, -1 when none or not mutually acceptable. */
  private final int[] pgy1Rank;
  /** Per program, the ranks of its acceptable holders in increasing order (CSR). */
  private final int[] holderStart;
  private final int[] holderRank;
  /** The records per kind, in the order found. */
  private final int[][] found = new int[KINDS][];
  private final int[] foundSize = new int[KINDS];
  private int[] records = new int[0];
  private int count;

  private BlockingScan(IntMatching matching, boolean seatsAsHeld) {
    this.market = matching.market();
    this.matching = matching;
    this.seatsAsHeld = seatsAsHeld;
    int applicants = market.applicantCount();
    primaryRank = new int[applicants];
    pgy1Rank = new int[applicants];
    Arrays.fill(primaryRank, -1);
    Arrays.fill(pgy1Rank, -1);
    holderStart = new int[market.programCount() + 1];
    int held = 0;
    for (int a = 0; a < applicants; a++) {
      held += (matching.programOf(a) >= 0 ? 1 : 0) + (matching.pgy1ProgramOf(a) >= 0 ? 1 : 0);
    }
    holderRank = new int[held];
    for (int k = 0; k < KINDS; k++) {
      found[k] = new int[0];
    }
    indexHolders();
  }

  /** Scans a matching for every blocking coalition, by the project's definition. */
  public static BlockingScan of(IntMatching matching) {
    return of(matching, false);
  }

  /**
   * Scans a matching for every blocking coalition; with {@code seatsAsHeld}, couples are judged as
   * the Stable Matching Suite's verifier judges them (seats count as held, see {@code
   * StabilityDefinition.STABLE_MATCHING_SUITE}).
   */
  public static BlockingScan of(IntMatching matching, boolean seatsAsHeld) {
    BlockingScan scan = new BlockingScan(matching, seatsAsHeld);
    IntMarket market = scan.market;
    scan.checkCapacities();
    for (int a = 0; a < market.applicantCount(); a++) {
      if (market.coupleOf(a) < 0) {
        scan.checkSingle(a);
      }
      scan.checkSupplemental(a);
    }
    for (int c = 0; c < market.coupleCount(); c++) {
      scan.checkCouple(c);
    }
    scan.concatenate();
    return scan;
  }

  // ---- the records ----

  /** The matching scanned. */
  public IntMatching matching() {
    return matching;
  }

  /** The number of blocks found. */
  public int count() {
    return count;
  }

  /** Whether none was found. */
  public boolean isStable() {
    return count == 0;
  }

  /** Block {@code i}'s kind: {@link #IRRATIONAL} to {@link #SUPPLEMENTAL}. */
  public int kind(int i) {
    return records[STRIDE * i];
  }

  /** Block {@code i}'s reason, for {@link #IRRATIONAL} blocks. */
  public int reason(int i) {
    return records[STRIDE * i + 1];
  }

  /** Block {@code i}'s subject: a couple for {@link #COUPLE} and {@link #PAIR_NOT_USABLE}, a program for {@link #OVER_CAPACITY}, else an applicant. */
  public int subject(int i) {
    return records[STRIDE * i + 2];
  }

  /** Block {@code i}'s program on side {@code s} (0 or 1; side 1 for couples only), or {@link IntMarket#NO_PROGRAM}. */
  public int program(int i, int s) {
    return records[STRIDE * i + 3 + s];
  }

  /**
   * Block {@code i}'s list entry: for single, supplemental and couple blocks the compiled entry
   * (applicant-list, supplemental-list or pair entry) that blocks; -1 otherwise.
   */
  public int entry(int i) {
    return records[STRIDE * i + 5];
  }

  /** Whether program {@code p} holds fewer applicants it ranks than its final positions. */
  public boolean hasFreePosition(int p) {
    return holderStart[p + 1] - holderStart[p] < matching.finalPositions(p);
  }

  /** The number of holders of {@code p} that rank it (acceptable holders). */
  public int acceptableHolders(int p) {
    return holderStart[p + 1] - holderStart[p];
  }

  /** The compressed rank of the holder of {@code p} in its last position; p must be full. */
  public int lastHolderRank(int p) {
    return holderRank[holderStart[p] + matching.finalPositions(p) - 1];
  }

  private void record(int kind, int reason, int subject, int program0, int program1, int entry) {
    int[] list = found[kind];
    int size = foundSize[kind];
    if (size + STRIDE > list.length) {
      list = Arrays.copyOf(list, Math.max(4 * STRIDE, 2 * list.length));
      found[kind] = list;
    }
    list[size] = kind;
    list[size + 1] = reason;
    list[size + 2] = subject;
    list[size + 3] = program0;
    list[size + 4] = program1;
    list[size + 5] = entry;
    foundSize[kind] = size + STRIDE;
  }

  private void concatenate() {
    int total = 0;
    for (int k = 0; k < KINDS; k++) {
      total += foundSize[k];
    }
    records = new int[total];
    int at = 0;
    for (int k = 0; k < KINDS; k++) {
      System.arraycopy(found[k], 0, records, at, foundSize[k]);
      at += foundSize[k];
      found[k] = null;
    }
    count = total / STRIDE;
  }

  // ---- the scan ----

  /** One pass over the programs' lists, in rank order, finds each holder's rank. */
  private void indexHolders() {
    int next = 0;
    for (int p = 0; p < market.programCount(); p++) {
      int start = market.programListStart(p);
      for (int j = start; j < market.programListEnd(p); j++) {
        int a = market.applicantAt(j);
        if (matching.programOf(a) == p) {
          primaryRank[a] = j - start;
          holderRank[next++] = j - start;
        } else if (matching.pgy1ProgramOf(a) == p) {
          pgy1Rank[a] = j - start;
          holderRank[next++] = j - start;
        }
      }
      holderStart[p + 1] = next;
    }
  }

  /** How many acceptable holders of p it ranks above rank r. */
  private int holdersAbove(int p, int r) {
    int low = holderStart[p];
    int high = holderStart[p + 1];
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (holderRank[mid] < r) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - holderStart[p];
  }

  /**
   * Whether p would admit a lone arriving applicant of rank r, no other holder of p deviating:
   * fewer than positions(p) holders rank above r, that is, the holder in the last position (if
   * p is full) is not ranked above r. It may be the applicant itself (rank r), holding p as its
   * PGY-1 position while it blocks with p as a primary position: its own seat is given up.
   */
  private boolean admitsAlone(int p, int r) {
    int positions = matching.finalPositions(p);
    int acceptable = holderStart[p + 1] - holderStart[p];
    return positions > 0 && (acceptable < positions || holderRank[holderStart[p] + positions - 1] >= r);
  }

  private void checkCapacities() {
    for (int p = 0; p < market.programCount(); p++) {
      if (matching.filled(p) > matching.finalPositions(p)) {
        record(OVER_CAPACITY, 0, p, p, IntMarket.NO_PROGRAM, -1);
      }
    }
  }

  private void checkSingle(int a) {
    int held = matching.programOf(a);
    int start = market.applicantListStart(a);
    int end = market.applicantListEnd(a);
    int current = end; // entries before this are preferred to what a holds
    if (held >= 0) {
      current = start;
      while (current < end && market.programAt(current) != held) {
        current++;
      }
      if (current == end) { // compiled lists keep mutual entries only
        record(IRRATIONAL, PRIMARY_NOT_MUTUAL, a, held, IntMarket.NO_PROGRAM, -1);
      }
    }
    for (int i = start; i < current; i++) {
      int p = market.programAt(i);
      if (admitsAlone(p, market.programRankAt(i))) {
        record(SINGLE, 0, a, p, IntMarket.NO_PROGRAM, i);
      }
    }
  }

  private void checkSupplemental(int a) {
    int pgy1 = matching.pgy1ProgramOf(a);
    int advanced = matching.programOf(a);
    int list = advanced >= 0 && market.isAdvanced(advanced) ? market.supplementalListFor(a, advanced) : -1;
    if (list < 0) {
      if (pgy1 >= 0) {
        record(IRRATIONAL, PGY1_WITHOUT_LINKED_LIST, a, pgy1, IntMarket.NO_PROGRAM, -1);
      }
      return;
    }
    int start = market.supplementalListStart(list);
    int end = market.supplementalListEnd(list);
    int current = end;
    if (pgy1 >= 0) {
      current = start;
      while (current < end && market.supplementalProgramAt(current) != pgy1) {
        current++;
      }
      if (current == end || pgy1Rank[a] < 0) {
        record(IRRATIONAL, current == end ? PGY1_NOT_ON_LIST : PGY1_NOT_RANKING, a, pgy1, IntMarket.NO_PROGRAM, -1);
      }
    }
    for (int i = start; i < current; i++) {
      int q = market.supplementalProgramAt(i);
      if (admitsAlone(q, market.supplementalProgramRankAt(i))) {
        record(SUPPLEMENTAL, 0, a, q, IntMarket.NO_PROGRAM, i);
      }
    }
  }

  private void checkCouple(int c) {
    int[] member = {market.coupleMember(c, 0), market.coupleMember(c, 1)};
    int[] held = {matching.programOf(member[0]), matching.programOf(member[1])};
    int start = market.coupleListStart(c);
    int end = market.coupleListEnd(c);
    int current = end;
    if (held[0] >= 0 || held[1] >= 0) {
      current = start;
      while (current < end && !(market.pairProgram(current, 0) == held[0]
          && market.pairProgram(current, 1) == held[1])) {
        current++;
      }
      if (current == end) {
        record(IRRATIONAL, PAIR_NOT_USABLE, c, held[0], held[1], -1);
      }
    }
    for (int k = start; k < current; k++) {
      if (coupleBlocks(member, held, k)) {
        record(COUPLE, 0, c, market.pairProgram(k, 0), market.pairProgram(k, 1), k);
      }
    }
  }

  /** Whether the couple would be admitted to pair entry k: every arriving member at its program. */
  private boolean coupleBlocks(int[] member, int[] held, int k) {
    if (seatsAsHeld) {
      return coupleBlocksAsHeld(k);
    }
    for (int s = 0; s < 2; s++) {
      int p = market.pairProgram(k, s);
      if (p < 0 || p == held[s]) {
        continue; // no match, or this member stays: nothing to admit on this side
      }
      int r = market.pairProgramRank(k, s);
      int other = 1 - s;
      boolean otherArrivesHere = market.pairProgram(k, other) == p && held[other] != p;
      boolean otherStaysWithSeatHere = market.pairProgram(k, other) == held[other]
          && (held[other] == p || matching.pgy1ProgramOf(member[other]) == p);
      int above = holdersAbove(p, r);
      for (int d : member) { // deviators are not among the holders O
        if (matching.programOf(d) == p && primaryRank[d] >= 0 && primaryRank[d] < r) {
          above--;
        }
        if (matching.pgy1ProgramOf(d) == p && pgy1Rank[d] >= 0 && pgy1Rank[d] < r) {
          above--;
        }
      }
      if (otherArrivesHere && market.pairProgramRank(k, other) < r) {
        above++;
      }
      int seats = matching.finalPositions(p) - (otherStaysWithSeatHere ? 1 : 0);
      if (above >= seats) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same question with seats as held: each member at a different program must rank above the
   * holder of that program's last position, both members at one program above the holder of its
   * second-to-last, the members' own seats counting like anyone's.
   */
  private boolean coupleBlocksAsHeld(int k) {
    int p0 = market.pairProgram(k, 0);
    int p1 = market.pairProgram(k, 1);
    if (p0 >= 0 && p0 == p1) {
      int seat = matching.finalPositions(p0) - 1; // the second-to-last position, counted from 1
      return seat >= 1 && ranksAboveSeat(p0, market.pairProgramRank(k, 0), seat)
          && ranksAboveSeat(p0, market.pairProgramRank(k, 1), seat);
    }
    for (int s = 0; s < 2; s++) {
      int p = market.pairProgram(k, s);
      if (p >= 0 && !ranksAboveSeat(p, market.pairProgramRank(k, s), matching.finalPositions(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether rank r is above the holder of p's position {@code seat} (counted from 1, holders in
   * p's order), an empty position counting as worse than anyone ranked; a holder of rank r is not
   * above itself.
   */
  private boolean ranksAboveSeat(int p, int r, int seat) {
    return seat >= 1 && (acceptableHolders(p) < seat || holderRank[holderStart[p] + seat - 1] > r);
  }
}

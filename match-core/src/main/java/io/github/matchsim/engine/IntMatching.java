package io.github.matchsim.engine;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link Matching}: an assignment of applicants to programs in an {@link IntMarket},
 * by index. Per applicant a primary
 * program and, with an advanced primary program, a PGY-1 program; per program its final number of
 * positions (after reversions).
 *
 * <p>A matching need not be stable or even individually rational: the {@code
 * io.github.matchsim.stability.StabilityChecker} says. Instances are immutable; the arrays given
 * are copied.
 */
public final class IntMatching implements Matching {
  private final IntMarket market;
  private final int[] primary;
  private final int[] pgy1;
  private final int[] finalPositions;
  private volatile int[] holderStart;
  private volatile int[] holders;

  /**
   * A matching.
   *
   * @param market the market
   * @param primary per applicant, its primary program or {@link IntMarket#NO_PROGRAM}
   * @param pgy1 per applicant, its PGY-1 program or {@link IntMarket#NO_PROGRAM}
   * @param finalPositions per program, its positions after reversions
   * @throws IllegalArgumentException if an array has the wrong length or a program index is out of
   *     range
   */
  public IntMatching(IntMarket market, int[] primary, int[] pgy1, int[] finalPositions) {
    this(Objects.requireNonNull(market, "market"), checkPrograms("primary", primary, market).clone(),
        checkPrograms("pgy1", pgy1, market).clone(), checkPositions(finalPositions, market).clone(), true);
  }

  /** Takes the arrays as they are: the callers have checked and own them. */
  private IntMatching(IntMarket market, int[] primary, int[] pgy1, int[] finalPositions, boolean owned) {
    this.market = market;
    this.primary = primary;
    this.pgy1 = pgy1;
    this.finalPositions = finalPositions;
  }

  /** The engine's view of a matching; every {@link Matching} is one. */
  public static IntMatching of(Matching matching) {
    return (IntMatching) Objects.requireNonNull(matching, "matching");
  }

  /** {@link Matching#of}: by id, final positions derived from the assignments. */
  public static IntMatching ofIds(Market market, Map<String, String> programOf, Map<String, String> pgy1ProgramOf) {
    IntMarket compiled = IntMarket.of(market);
    int[] primary = new int[compiled.applicantCount()];
    int[] pgy1 = new int[compiled.applicantCount()];
    Arrays.fill(primary, IntMarket.NO_PROGRAM);
    Arrays.fill(pgy1, IntMarket.NO_PROGRAM);
    fill(market, "programOf", programOf, primary);
    fill(market, "pgy1ProgramOf", pgy1ProgramOf, pgy1);
    return withReversions(compiled, primary, pgy1);
  }

  private static void fill(Market market, String name, Map<String, String> ids, int[] programs) {
    for (Map.Entry<String, String> entry : ids.entrySet()) {
      int a = market.applicantIndex(Objects.requireNonNull(entry.getKey(), name + " has a null applicant id"));
      if (a < 0) {
        throw new IllegalArgumentException(name + ": the market has no applicant \"" + entry.getKey() + "\"");
      }
      int p = market.programIndex(Objects.requireNonNull(entry.getValue(), name + " has a null program id"));
      if (p < 0) {
        throw new IllegalArgumentException(name + ": the market has no program \"" + entry.getValue() + "\"");
      }
      programs[a] = p;
    }
  }

  /** A matching of primary positions only, with every program's positions as given. */
  public static IntMatching ofPrimary(IntMarket market, int[] primary) {
    int[] none = new int[market.applicantCount()];
    Arrays.fill(none, IntMarket.NO_PROGRAM);
    int[] positions = new int[market.programCount()];
    for (int p = 0; p < positions.length; p++) {
      positions[p] = market.positions(p);
    }
    return new IntMatching(market, checkPrograms("primary", primary, market).clone(), none, positions, true);
  }

  /**
   * A matching whose final positions follow from the market and its reversions, as {@code
   * docs/semantics.md} defines them: every donor passes the positions it leaves unfilled to its
   * receivers, in the stated order and up to the stated numbers, and received positions that stay
   * unfilled pass on along chains, until nothing moves. This is how a checker must take positions
   * from a result it is given, trusting only its assignments.
   *
   * @param market the market
   * @param primary per applicant, its primary program or {@link IntMarket#NO_PROGRAM}
   * @param pgy1 per applicant, its PGY-1 program or {@link IntMarket#NO_PROGRAM}
   * @throws IllegalArgumentException if an array has the wrong length or a program index is out of
   *     range
   */
  public static IntMatching withReversions(IntMarket market, int[] primary, int[] pgy1) {
    Objects.requireNonNull(market, "market");
    int[] primaryCopy = checkPrograms("primary", primary, market).clone();
    int[] pgy1Copy = checkPrograms("pgy1", pgy1, market).clone();
    int programs = market.programCount();
    long[] filled = new long[programs];
    for (int a = 0; a < primaryCopy.length; a++) {
      if (primaryCopy[a] >= 0) {
        filled[primaryCopy[a]]++;
      }
      if (pgy1Copy[a] >= 0) {
        filled[pgy1Copy[a]]++;
      }
    }
    int[] positions = new int[programs];
    for (int p = 0; p < programs; p++) {
      positions[p] = market.positions(p);
    }
    int[] moved = new int[programs == 0 ? 0 : market.reversionEnd(programs - 1)];
    boolean moving = market.hasReversions();
    while (moving) {
      moving = false;
      for (int p = 0; p < programs; p++) {
        for (int k = market.reversionStart(p); k < market.reversionEnd(p); k++) {
          long free = positions[p] - filled[p];
          int move = (int) Math.min(Math.max(0, free), market.reversionPositions(k) - moved[k]);
          if (move > 0) {
            positions[p] -= move;
            positions[market.reversionReceiver(k)] += move; // bounded: the market checks the totals
            moved[k] += move;
            moving = true;
          }
        }
      }
    }
    return new IntMatching(market, primaryCopy, pgy1Copy, positions, true);
  }

  private static int[] checkPositions(int[] finalPositions, IntMarket market) {
    if (finalPositions.length != market.programCount()) {
      throw new IllegalArgumentException("finalPositions has length " + finalPositions.length
          + " but the market has " + market.programCount() + " programs");
    }
    for (int p = 0; p < finalPositions.length; p++) {
      if (finalPositions[p] < 0) {
        throw new IllegalArgumentException(
            "finalPositions[" + p + "] is negative: " + finalPositions[p]);
      }
    }
    return finalPositions;
  }

  private static int[] checkPrograms(String name, int[] programs, IntMarket market) {
    if (programs.length != market.applicantCount()) {
      throw new IllegalArgumentException(name + " has length " + programs.length
          + " but the market has " + market.applicantCount() + " applicants");
    }
    for (int a = 0; a < programs.length; a++) {
      if (programs[a] < IntMarket.NO_PROGRAM || programs[a] >= market.programCount()) {
        throw new IllegalArgumentException(
            name + "[" + a + "] is not a program index: " + programs[a]);
      }
    }
    return programs;
  }

  /** The market matched. */
  @Override
  public IntMarket market() {
    return market;
  }

  /** Applicant {@code a}'s primary program, or {@link IntMarket#NO_PROGRAM}. */
  public int programOf(int a) {
    return primary[a];
  }

  /** Applicant {@code a}'s PGY-1 program, or {@link IntMarket#NO_PROGRAM}. */
  public int pgy1ProgramOf(int a) {
    return pgy1[a];
  }

  /** Whether applicant {@code a} holds a primary position. */
  public boolean isMatched(int a) {
    return primary[a] != IntMarket.NO_PROGRAM;
  }

  /** Program {@code p}'s positions after reversions. */
  public int finalPositions(int p) {
    return finalPositions[p];
  }

  /** The applicants holding a position at program {@code p}, primary or PGY-1, by index. */
  public int[] holders(int p) {
    indexHolders();
    return Arrays.copyOfRange(holders, holderStart[p], holderStart[p + 1]);
  }

  /** The number of positions of program {@code p} that are held. */
  public int filled(int p) {
    indexHolders();
    return holderStart[p + 1] - holderStart[p];
  }

  private void indexHolders() {
    if (holders != null) {
      return;
    }
    int[] start = new int[market.programCount() + 1];
    for (int a = 0; a < primary.length; a++) {
      if (primary[a] >= 0) {
        start[primary[a] + 1]++;
      }
      if (pgy1[a] >= 0) {
        start[pgy1[a] + 1]++;
      }
    }
    for (int p = 0; p < market.programCount(); p++) {
      start[p + 1] += start[p];
    }
    int[] fill = Arrays.copyOf(start, market.programCount());
    int[] all = new int[start[market.programCount()]];
    for (int a = 0; a < primary.length; a++) {
      if (primary[a] >= 0) {
        all[fill[primary[a]]++] = a;
      }
      if (pgy1[a] >= 0) {
        all[fill[pgy1[a]]++] = a;
      }
    }
    holderStart = start;
    holders = all;
  }

  /**
   * Applicant {@code a}'s original 1-based rank of its primary position: the position of the
   * program on its primary list or, for a couple member, of the couple's pair on the couple's
   * list. 0 when unmatched or when the position is on neither list.
   *
   * <p>Read from the compiled lists, which carry each entry's original rank; only a position that
   * is not mutually acceptable (a matching that is not individually rational) is looked up in the
   * lists as given.
   */
  public int rankOf(int a) {
    if (primary[a] < 0) {
      return 0;
    }
    int c = market.coupleOf(a);
    if (c < 0) {
      for (int i = market.applicantListStart(a); i < market.applicantListEnd(a); i++) {
        if (market.programAt(i) == primary[a] && market.originalRankAt(i) > 0) {
          return market.originalRankAt(i);
        }
      }
      return market.market().applicants().get(a).rankOrderList().indexOf(market.programId(primary[a])) + 1;
    }
    int first = primary[market.coupleMember(c, 0)];
    int second = primary[market.coupleMember(c, 1)];
    for (int k = market.coupleListStart(c); k < market.coupleListEnd(c); k++) {
      if (market.pairProgram(k, 0) == first && market.pairProgram(k, 1) == second) {
        return market.pairOriginalRank(k);
      }
    }
    Couple couple = market.market().couples().get(c);
    return couple.rankOrderList().indexOf(new ProgramPair(idOrNull(first), idOrNull(second))) + 1;
  }

  /**
   * Applicant {@code a}'s 1-based rank of its PGY-1 program on the linked list, 0 when none. Read
   * from the compiled lists like {@link #rankOf}.
   */
  public int pgy1RankOf(int a) {
    if (pgy1[a] < 0 || primary[a] < 0) {
      return 0;
    }
    int s = market.supplementalListFor(a, primary[a]);
    if (s >= 0) {
      for (int i = market.supplementalListStart(s); i < market.supplementalListEnd(s); i++) {
        if (market.supplementalProgramAt(i) == pgy1[a]) {
          return market.supplementalOriginalRankAt(i);
        }
      }
    }
    String advanced = market.programId(primary[a]);
    Applicant applicant = market.market().applicants().get(a);
    for (SupplementalList list : applicant.supplementalLists()) {
      if (list.linkedTo().contains(advanced)) {
        return list.rankOrderList().indexOf(market.programId(pgy1[a])) + 1;
      }
    }
    return 0;
  }

  private String idOrNull(int p) {
    return p < 0 ? null : market.programId(p);
  }

  // ---- in the market's terms: ids, not indices ----

  /**
   * Where applicant {@code applicantId} goes: its program, PGY-1 program and original ranks;
   * empty when it is unmatched.
   *
   * @throws IllegalArgumentException if the market has no applicant with this id
   */
  @Override
  public Optional<Assignment> assignmentOf(String applicantId) {
    int a = applicantIndex(applicantId);
    if (primary[a] < 0) {
      return Optional.empty();
    }
    return Optional.of(new Assignment(applicantId, market.programId(primary[a]), rankOf(a), idOrNull(pgy1[a]), pgy1RankOf(a)));
  }

  /**
   * The ids of the applicants who hold a position at program {@code programId}, primary or PGY-1,
   * in the market's order of applicants.
   *
   * @throws IllegalArgumentException if the market has no program with this id
   */
  @Override
  public List<String> holdersOf(String programId) {
    List<String> ids = new ArrayList<>();
    for (int a : holders(programIndex(programId))) {
      ids.add(market.applicantId(a));
    }
    return ids;
  }

  /**
   * Program {@code programId}'s positions after reversions.
   *
   * @throws IllegalArgumentException if the market has no program with this id
   */
  @Override
  public int finalPositionsOf(String programId) {
    return finalPositions[programIndex(programId)];
  }

  private int applicantIndex(String id) {
    int a = market.market().applicantIndex(Objects.requireNonNull(id, "applicantId"));
    if (a < 0) {
      throw new IllegalArgumentException("the market has no applicant \"" + id + "\"");
    }
    return a;
  }

  private int programIndex(String id) {
    int p = market.market().programIndex(Objects.requireNonNull(id, "programId"));
    if (p < 0) {
      throw new IllegalArgumentException("the market has no program \"" + id + "\"");
    }
    return p;
  }

  /** The matched applicants' assignments, in applicant order. */
  @Override
  public List<Assignment> assignments() {
    List<Assignment> assignments = new ArrayList<>();
    for (int a = 0; a < primary.length; a++) {
      if (primary[a] >= 0) {
        assignments.add(new Assignment(market.applicantId(a), market.programId(primary[a]),
            rankOf(a), idOrNull(pgy1[a]), pgy1RankOf(a)));
      }
    }
    return assignments;
  }

  @Override
  public int matchedCount() {
    int matched = 0;
    for (int p : primary) {
      matched += p >= 0 ? 1 : 0;
    }
    return matched;
  }

  /** The ids of applicants without a primary position, in applicant order. */
  @Override
  public List<String> unmatched() {
    List<String> unmatched = new ArrayList<>();
    for (int a = 0; a < primary.length; a++) {
      if (primary[a] < 0) {
        unmatched.add(market.applicantId(a));
      }
    }
    return unmatched;
  }

  /** Equal when over equal markets, with the same assignments and positions. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IntMatching that
        && Arrays.equals(primary, that.primary)
        && (market == that.market || market.market().equals(that.market.market()))
        && Arrays.equals(pgy1, that.pgy1)
        && Arrays.equals(finalPositions, that.finalPositions);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(primary) * 31 + Arrays.hashCode(pgy1);
  }

  @Override
  public String toString() {
    return "IntMatching[" + (primary.length - unmatched().size()) + " of " + primary.length
        + " applicants matched]";
  }
}

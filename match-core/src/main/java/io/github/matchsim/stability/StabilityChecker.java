package io.github.matchsim.stability;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a matching is stable in the sense of {@code docs/semantics.md} and lists every
 * blocking coalition: individual rationality (every position held is mutually acceptable and on the
 * holder's or its couple's list, every PGY-1 position comes from a supplemental list linked to the
 * advanced program held, no program exceeds its final positions), single, couple and supplemental
 * blocks, all against the matching's final positions.
 *
 * <p>The test of whether a program would admit arriving applicants follows the definition to the
 * letter, with the deviating applicants' seats given up unless they stay (Biró, Manlove and
 * McBride's definition for couples, extended to supplemental lists). Each program's holders are
 * kept sorted by the program's rank, so "how many holders does p rank above x" is a binary search;
 * for a single that question reduces to one comparison with the holder in the last position.
 *
 * <p>Running time {@code O(n + m + L)} for markets without couples, where {@code L} is the total
 * length of the compiled lists; each couple adds {@code O(log h)} per pair on its list above its
 * current one, where {@code h} is the largest number of holders of a program. This code shares
 * nothing with the matching algorithms but the compiled market, so that it can prove them right.
 *
 * <p>P. Biró, D. F. Manlove and I. McBride, "The Hospitals / Residents Problem with Couples:
 * Complexity and Integer Programming Models", <i>Proceedings of SEA 2014</i>, LNCS 8504:10–21,
 * 2014. A. E. Roth and E. Peranson, "The Redesign of the Matching Market for American Physicians:
 * Some Engineering Aspects of Economic Design", <i>American Economic Review</i> 89(4):748–780,
 * 1999.
 */
public final class StabilityChecker {
  private final IntMarket market;
  private final IntMatching matching;
  /** Per applicant: its primary program's rank of it, -1 when none or not mutually acceptable. */
  private final int[] primaryRank;
  /** Per applicant: its PGY-1 program's rank of it, -1 when none or not mutually acceptable. */
  private final int[] pgy1Rank;
  /** Per program, the ranks of its acceptable holders in increasing order (CSR). */
  private final int[] holderStart;
  private final int[] holderRank;
  private final List<BlockingCoalition> irrational = new ArrayList<>();
  private final List<BlockingCoalition> overCapacity = new ArrayList<>();
  private final List<BlockingCoalition> single = new ArrayList<>();
  private final List<BlockingCoalition> couple = new ArrayList<>();
  private final List<BlockingCoalition> supplemental = new ArrayList<>();

  private StabilityChecker(IntMatching matching) {
    this.market = matching.market();
    this.matching = matching;
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
    indexHolders();
  }

  /** Every blocking coalition of the matching; none when it is stable. */
  public static StabilityReport check(Matching matching) {
    StabilityChecker checker = new StabilityChecker(IntMatching.of(matching));
    checker.checkCapacities();
    for (int a = 0; a < checker.market.applicantCount(); a++) {
      if (checker.market.coupleOf(a) < 0) {
        checker.checkSingle(a);
      }
      checker.checkSupplemental(a);
    }
    for (int c = 0; c < checker.market.coupleCount(); c++) {
      checker.checkCouple(c);
    }
    List<BlockingCoalition> all = new ArrayList<>(checker.irrational);
    all.addAll(checker.overCapacity);
    all.addAll(checker.single);
    all.addAll(checker.couple);
    all.addAll(checker.supplemental);
    return new StabilityReport(all);
  }

  /** Whether the matching is stable. */
  public static boolean isStable(Matching matching) {
    return check(matching).isStable();
  }

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
        overCapacity.add(new BlockingCoalition(BlockingCoalition.Kind.OVER_CAPACITY, List.of(),
            List.of(market.programId(p)), "program " + market.programId(p) + " holds "
                + matching.filled(p) + " applicants but has " + matching.finalPositions(p)
                + " positions"));
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
        irrational.add(irrational(a, held,
            "the two do not rank each other (it is not a usable entry of its primary list)"));
      }
    }
    for (int i = start; i < current; i++) {
      int p = market.programAt(i);
      if (admitsAlone(p, market.programRankAt(i))) {
        single.add(new BlockingCoalition(BlockingCoalition.Kind.SINGLE,
            List.of(market.applicantId(a)), List.of(market.programId(p)),
            market.applicantId(a) + " ranks " + market.programId(p) + " " + ordinal(i - start + 1)
                + (held >= 0 ? ", above its match " + market.programId(held) : ", and is unmatched")
                + "; " + market.programId(p) + " " + wouldAdmit(p, market.programRankAt(i))));
      }
    }
  }

  private void checkSupplemental(int a) {
    int pgy1 = matching.pgy1ProgramOf(a);
    int advanced = matching.programOf(a);
    int list = advanced >= 0 && market.isAdvanced(advanced) ? market.supplementalListFor(a, advanced) : -1;
    if (list < 0) {
      if (pgy1 >= 0) {
        irrational.add(new BlockingCoalition(BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL,
            List.of(market.applicantId(a)), List.of(market.programId(pgy1)),
            market.applicantId(a) + " holds a PGY-1 position at " + market.programId(pgy1)
                + " but no supplemental list of it is linked to "
                + (advanced >= 0 ? "its match " + market.programId(advanced) : "a match it holds")));
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
        irrational.add(new BlockingCoalition(BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL,
            List.of(market.applicantId(a)), List.of(market.programId(pgy1)),
            market.applicantId(a) + " holds a PGY-1 position at " + market.programId(pgy1) + " that "
                + (current == end ? "is not on its supplemental list linked to " + market.programId(advanced)
                    : "does not rank it")));
      }
    }
    for (int i = start; i < current; i++) {
      int q = market.supplementalProgramAt(i);
      if (admitsAlone(q, market.supplementalProgramRankAt(i))) {
        supplemental.add(new BlockingCoalition(BlockingCoalition.Kind.SUPPLEMENTAL,
            List.of(market.applicantId(a)), List.of(market.programId(q)),
            market.applicantId(a) + ", matched to advanced " + market.programId(advanced) + ", ranks "
                + market.programId(q) + " " + ordinal(i - start + 1) + " on its supplemental list"
                + (pgy1 >= 0 ? ", above its PGY-1 " + market.programId(pgy1) : ", and has no PGY-1 position")
                + "; " + market.programId(q) + " " + wouldAdmit(q, market.supplementalProgramRankAt(i))));
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
        irrational.add(new BlockingCoalition(BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL,
            List.of(market.applicantId(member[0]), market.applicantId(member[1])),
            Arrays.asList(idOrNull(held[0]), idOrNull(held[1])),
            "couple " + market.coupleId(c) + " holds " + pairText(held[0], held[1])
                + ", which is not a usable pair on its list"));
      }
    }
    for (int k = start; k < current; k++) {
      if (coupleBlocks(member, held, k)) {
        int p0 = market.pairProgram(k, 0);
        int p1 = market.pairProgram(k, 1);
        couple.add(new BlockingCoalition(BlockingCoalition.Kind.COUPLE,
            List.of(market.applicantId(member[0]), market.applicantId(member[1])),
            Arrays.asList(idOrNull(p0), idOrNull(p1)),
            "couple " + market.coupleId(c) + " ranks " + pairText(p0, p1) + " "
                + ordinal(k - start + 1) + ", above "
                + (current < end ? "its match " + pairText(held[0], held[1]) : "being unmatched")
                + ", and the programs would admit the members who move"));
      }
    }
  }

  /** Whether the couple would be admitted to pair entry k: every arriving member at its program. */
  private boolean coupleBlocks(int[] member, int[] held, int k) {
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

  private String wouldAdmit(int p, int r) {
    int positions = matching.finalPositions(p);
    int acceptable = holderStart[p + 1] - holderStart[p];
    if (acceptable < positions) {
      return "has a free position (" + acceptable + " of " + positions + " held by applicants it ranks)";
    }
    int worst = holderRank[holderStart[p] + positions - 1];
    return "ranks it " + ordinal(r + 1) + " among the applicants it can match, above "
        + market.applicantId(market.applicantAt(market.programListStart(p) + worst))
        + " (" + ordinal(worst + 1) + "), who holds one of its " + positions + " positions";
  }

  private BlockingCoalition irrational(int a, int p, String why) {
    return new BlockingCoalition(BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL,
        List.of(market.applicantId(a)), List.of(market.programId(p)),
        market.applicantId(a) + " holds " + market.programId(p) + " but " + why);
  }

  private String idOrNull(int p) {
    return p < 0 ? null : market.programId(p);
  }

  private String pairText(int p0, int p1) {
    return "(" + (p0 < 0 ? "no match" : market.programId(p0)) + ", "
        + (p1 < 0 ? "no match" : market.programId(p1)) + ")";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}

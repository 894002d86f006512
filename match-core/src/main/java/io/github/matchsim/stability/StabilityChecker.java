package io.github.matchsim.stability;

import io.github.matchsim.engine.BlockingScan;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 * for a single that question reduces to one comparison with the holder in the last position. The
 * scan works on ints and records what it finds as ints; the sentences that say who blocks and why
 * are written only when {@link StabilityReport#blocking()} is first asked for.
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
  private StabilityChecker() {}

  /** Every blocking coalition of the matching by this project's definition; none when it is stable. */
  public static StabilityReport check(Matching matching) {
    return check(matching, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
  }

  /** Every blocking coalition of the matching by the given definition; none when it is stable. */
  public static StabilityReport check(Matching matching, StabilityDefinition definition) {
    return new StabilityReport(scan(matching, definition));
  }

  /** Whether the matching is stable by this project's definition. */
  public static boolean isStable(Matching matching) {
    return isStable(matching, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
  }

  /** Whether the matching is stable by the given definition. */
  public static boolean isStable(Matching matching, StabilityDefinition definition) {
    return scan(matching, definition).isStable();
  }

  private static BlockingScan scan(Matching matching, StabilityDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return BlockingScan.of(IntMatching.of(matching), definition == StabilityDefinition.STABLE_MATCHING_SUITE);
  }

  /** Block {@code i} of a scan in the market's terms, with a sentence for people to read. */
  static BlockingCoalition describe(BlockingScan scan, int i) {
    IntMatching matching = scan.matching();
    IntMarket market = matching.market();
    int subject = scan.subject(i);
    int p = scan.program(i, 0);
    switch (scan.kind(i)) {
      case BlockingScan.OVER_CAPACITY:
        return new BlockingCoalition(BlockingCoalition.Kind.OVER_CAPACITY, List.of(), List.of(market.programId(p)),
            "program " + market.programId(p) + " holds " + matching.filled(p) + " applicants but has "
                + matching.finalPositions(p) + " positions");
      case BlockingScan.SINGLE: {
        int held = matching.programOf(subject);
        int entry = scan.entry(i);
        return new BlockingCoalition(BlockingCoalition.Kind.SINGLE,
            List.of(market.applicantId(subject)), List.of(market.programId(p)),
            market.applicantId(subject) + " ranks " + market.programId(p) + " "
                + ordinal(entry - market.applicantListStart(subject) + 1)
                + (held >= 0 ? ", above its match " + market.programId(held) : ", and is unmatched")
                + "; " + market.programId(p) + " " + wouldAdmit(scan, p, market.programRankAt(entry)));
      }
      case BlockingScan.SUPPLEMENTAL: {
        int advanced = matching.programOf(subject);
        int pgy1 = matching.pgy1ProgramOf(subject);
        int entry = scan.entry(i);
        int list = market.supplementalListFor(subject, advanced);
        return new BlockingCoalition(BlockingCoalition.Kind.SUPPLEMENTAL,
            List.of(market.applicantId(subject)), List.of(market.programId(p)),
            market.applicantId(subject) + ", matched to advanced " + market.programId(advanced) + ", ranks "
                + market.programId(p) + " " + ordinal(entry - market.supplementalListStart(list) + 1)
                + " on its supplemental list"
                + (pgy1 >= 0 ? ", above its PGY-1 " + market.programId(pgy1) : ", and has no PGY-1 position")
                + "; " + market.programId(p) + " " + wouldAdmit(scan, p, market.supplementalProgramRankAt(entry)));
      }
      case BlockingScan.COUPLE: {
        int[] held = {matching.programOf(market.coupleMember(subject, 0)),
            matching.programOf(market.coupleMember(subject, 1))};
        int p1 = scan.program(i, 1);
        boolean holdsAPair = false; // a usable pair of its list, above which this one is ranked
        for (int k = market.coupleListStart(subject); k < market.coupleListEnd(subject) && (held[0] >= 0 || held[1] >= 0); k++) {
          holdsAPair |= market.pairProgram(k, 0) == held[0] && market.pairProgram(k, 1) == held[1];
        }
        return new BlockingCoalition(BlockingCoalition.Kind.COUPLE, members(market, subject),
            Arrays.asList(idOrNull(market, p), idOrNull(market, p1)),
            "couple " + market.coupleId(subject) + " ranks " + pairText(market, p, p1) + " "
                + ordinal(scan.entry(i) - market.coupleListStart(subject) + 1) + ", above "
                + (holdsAPair ? "its match " + pairText(market, held[0], held[1]) : "being unmatched")
                + ", and the programs would admit the members who move");
      }
      default:
        return irrational(scan, i, market, subject, p);
    }
  }

  private static BlockingCoalition irrational(BlockingScan scan, int i, IntMarket market, int subject, int p) {
    IntMatching matching = scan.matching();
    BlockingCoalition.Kind kind = BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL;
    switch (scan.reason(i)) {
      case BlockingScan.PAIR_NOT_USABLE:
        return new BlockingCoalition(kind, members(market, subject),
            Arrays.asList(idOrNull(market, p), idOrNull(market, scan.program(i, 1))),
            "couple " + market.coupleId(subject) + " holds " + pairText(market, p, scan.program(i, 1))
                + ", which is not a usable pair on its list");
      case BlockingScan.PRIMARY_NOT_MUTUAL:
        return new BlockingCoalition(kind, List.of(market.applicantId(subject)), List.of(market.programId(p)),
            market.applicantId(subject) + " holds " + market.programId(p)
                + " but the two do not rank each other (it is not a usable entry of its primary list)");
      case BlockingScan.PGY1_WITHOUT_LINKED_LIST: {
        int advanced = matching.programOf(subject);
        return new BlockingCoalition(kind, List.of(market.applicantId(subject)), List.of(market.programId(p)),
            market.applicantId(subject) + " holds a PGY-1 position at " + market.programId(p)
                + " but no supplemental list of it is linked to "
                + (advanced >= 0 ? "its match " + market.programId(advanced) : "a match it holds"));
      }
      default: // PGY1_NOT_ON_LIST, PGY1_NOT_RANKING
        return new BlockingCoalition(kind, List.of(market.applicantId(subject)), List.of(market.programId(p)),
            market.applicantId(subject) + " holds a PGY-1 position at " + market.programId(p) + " that "
                + (scan.reason(i) == BlockingScan.PGY1_NOT_ON_LIST
                    ? "is not on its supplemental list linked to " + market.programId(matching.programOf(subject))
                    : "does not rank it"));
    }
  }

  private static List<String> members(IntMarket market, int c) {
    return List.of(market.applicantId(market.coupleMember(c, 0)), market.applicantId(market.coupleMember(c, 1)));
  }

  private static String wouldAdmit(BlockingScan scan, int p, int r) {
    IntMarket market = scan.matching().market();
    int positions = scan.matching().finalPositions(p);
    if (scan.hasFreePosition(p)) {
      return "has a free position (" + scan.acceptableHolders(p) + " of " + positions
          + " held by applicants it ranks)";
    }
    int worst = scan.lastHolderRank(p);
    return "ranks it " + ordinal(r + 1) + " among the applicants it can match, above "
        + market.applicantId(market.applicantAt(market.programListStart(p) + worst))
        + " (" + ordinal(worst + 1) + "), who holds one of its " + positions + " positions";
  }

  private static String idOrNull(IntMarket market, int p) {
    return p < 0 ? null : market.programId(p);
  }

  private static String pairText(IntMarket market, int p0, int p1) {
    return "(" + (p0 < 0 ? "no match" : market.programId(p0)) + ", "
        + (p1 < 0 ? "no match" : market.programId(p1)) + ")";
  }

  private static String ordinal(int n) {
    return io.github.matchsim.engine.Ordinals.of(n);
  }
}

package io.github.matchsim.engine;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Market} compiled once into dense integer arrays, the form that algorithms and the
 * stability checker work on: no map and no string is touched in their loops.
 *
 * <p>Programs, applicants and couples are numbered {@code 0..n-1} in the order of the market's
 * lists. Every rank order list is stored in compressed sparse row form and keeps only the entries
 * that are <em>mutually acceptable</em> (each side ranks the other); the dropped entries can never
 * be used, as {@code docs/semantics.md} says. Each kept entry carries the other side's rank of it, so a
 * proposal is answered without a lookup:
 *
 * <ul>
 *   <li>applicant {@code a}'s primary list is entries {@code applicantListStart(a)} to {@code
 *       applicantListEnd(a) - 1}; entry {@code i} names {@link #programAt(int)} and the program's
 *       rank of {@code a}, {@link #programRankAt(int)};
 *   <li>program {@code p}'s list is entries {@code programListStart(p)} to {@code
 *       programListEnd(p) - 1}, in the program's order, so the entry of the applicant it ranks
 *       {@code r}th (0-based) is {@code programListStart(p) + r};
 *   <li>couple {@code c}'s list of usable pairs (every non-null side mutually acceptable with its
 *       member) is entries {@code coupleListStart(c)} to {@code coupleListEnd(c) - 1}, each with a
 *       program and the program's rank of the member per side, {@link #NO_PROGRAM} for no match;
 *   <li>supplemental lists and reversions likewise.
 * </ul>
 *
 * <p>Ranks in the compiled form are 0-based positions among the kept entries; they order exactly
 * as the original ranks do. {@link io.github.matchsim.engine.IntMatching} reports original,
 * 1-based ranks.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class IntMarket implements CompiledMarket {
  /** Stands for "no match" where a program index is expected. */
  public static final int NO_PROGRAM = -1;

  /** The group label of applicants that have none, in {@link #groupNames()} and statistics. */
  public static final String NO_GROUP = "(no group)";

  private final Market market;
  /** Ids per index (the arrays may run past the counts; see {@link MarketTables}). */
  private final String[] programIds;
  private final ProgramType[] programTypes;
  private final String[] applicantIds;
  private final String[] coupleIds;
  /** Per applicant its group label as given, or null for all when no applicant has one. */
  private final String[] groupLabels;
  final int[] positions;
  final boolean[] advanced;
  final boolean[] pgy1Year;
  final int[] coupleOf;
  final int[] groupOf;
  final String[] groupNames;
  final int[] applicantStart;
  final int[] applicantProgram;
  final int[] applicantProgramRank;
  /** 16 bits an entry, for memory: 0 where a rank does not fit (a list of 65,536 or more). */
  final char[] applicantOriginalRank;
  final int[] programStart;
  final int[] programApplicant;
  final int[] coupleMembers;
  final int[] coupleStart;
  final int[] pairProgram;
  final int[] pairProgramRank;
  final int[] pairOriginalRank;
  final int[] linkStart;
  final int[] linkAdvanced;
  final int[] linkList;
  final int[] supplementalStart;
  final int[] supplementalProgram;
  final int[] supplementalProgramRank;
  final int[] supplementalOriginalRank;
  final int[] reversionStart;
  final int[] reversionReceiver;
  final int[] reversionPositions;

  IntMarket(
      Market market,
      String[] programIds,
      ProgramType[] programTypes,
      String[] applicantIds,
      String[] coupleIds,
      String[] groupLabels,
      int[] positions,
      boolean[] advanced,
      boolean[] pgy1Year,
      int[] coupleOf,
      int[] groupOf,
      String[] groupNames,
      int[] applicantStart,
      int[] applicantProgram,
      int[] applicantProgramRank,
      char[] applicantOriginalRank,
      int[] programStart,
      int[] programApplicant,
      int[] coupleMembers,
      int[] coupleStart,
      int[] pairProgram,
      int[] pairProgramRank,
      int[] pairOriginalRank,
      int[] linkStart,
      int[] linkAdvanced,
      int[] linkList,
      int[] supplementalStart,
      int[] supplementalProgram,
      int[] supplementalProgramRank,
      int[] supplementalOriginalRank,
      int[] reversionStart,
      int[] reversionReceiver,
      int[] reversionPositions) {
    this.market = market;
    this.programIds = programIds;
    this.programTypes = programTypes;
    this.applicantIds = applicantIds;
    this.coupleIds = coupleIds;
    this.groupLabels = groupLabels;
    this.positions = positions;
    this.advanced = advanced;
    this.pgy1Year = pgy1Year;
    this.coupleOf = coupleOf;
    this.groupOf = groupOf;
    this.groupNames = groupNames;
    this.applicantStart = applicantStart;
    this.applicantProgram = applicantProgram;
    this.applicantProgramRank = applicantProgramRank;
    this.applicantOriginalRank = applicantOriginalRank;
    this.programStart = programStart;
    this.programApplicant = programApplicant;
    this.coupleMembers = coupleMembers;
    this.coupleStart = coupleStart;
    this.pairProgram = pairProgram;
    this.pairProgramRank = pairProgramRank;
    this.pairOriginalRank = pairOriginalRank;
    this.linkStart = linkStart;
    this.linkAdvanced = linkAdvanced;
    this.linkList = linkList;
    this.supplementalStart = supplementalStart;
    this.supplementalProgram = supplementalProgram;
    this.supplementalProgramRank = supplementalProgramRank;
    this.supplementalOriginalRank = supplementalOriginalRank;
    this.reversionStart = reversionStart;
    this.reversionReceiver = reversionReceiver;
    this.reversionPositions = reversionPositions;
  }

  /** The engine's view of a compiled market; every {@link CompiledMarket} is one. */
  public static IntMarket of(CompiledMarket market) {
    return (IntMarket) Objects.requireNonNull(market, "market");
  }

  /** The market's compiled form, compiled on first request ({@link Market#compile()}). */
  public static IntMarket of(Market market) {
    return (IntMarket) market.compile();
  }

  /** The market this was compiled from. */
  @Override
  public Market market() {
    return market;
  }

  // ---- sizes and ids ----

  /** The number of programs. */
  public int programCount() {
    return positions.length;
  }

  /** The number of applicants, couple members included. */
  public int applicantCount() {
    return coupleOf.length;
  }

  /** The number of couples. */
  public int coupleCount() {
    return coupleStart.length - 1;
  }

  /** The id of program {@code p}. */
  public String programId(int p) {
    Objects.checkIndex(p, positions.length);
    return programIds[p];
  }

  /** The type of program {@code p}. */
  public ProgramType programType(int p) {
    return programTypes[p];
  }

  /** The id of applicant {@code a}. */
  public String applicantId(int a) {
    Objects.checkIndex(a, coupleOf.length);
    return applicantIds[a];
  }

  /** The id of couple {@code c}. */
  public String coupleId(int c) {
    return coupleIds[c];
  }

  // ---- programs ----

  /** The positions program {@code p} offers, before reversions. */
  public int positions(int p) {
    return positions[p];
  }

  /** Whether program {@code p} is {@code advanced}. */
  public boolean isAdvanced(int p) {
    return advanced[p];
  }

  /** Whether program {@code p} is a PGY-1 year ({@code preliminary} or {@code transitional}). */
  public boolean isPgy1Year(int p) {
    return pgy1Year[p];
  }

  /** First entry of program {@code p}'s list. */
  public int programListStart(int p) {
    return programStart[p];
  }

  /** One past the last entry of program {@code p}'s list. */
  public int programListEnd(int p) {
    return programStart[p + 1];
  }

  /** The applicant of program-list entry {@code j}. */
  public int applicantAt(int j) {
    return programApplicant[j];
  }

  /**
   * Program {@code p}'s rank of applicant {@code a} (0 is best), or -1 when they are not mutually
   * acceptable. Takes time linear in the program's list; loops use {@link #programRankAt(int)}.
   */
  public int programRankOf(int p, int a) {
    for (int j = programStart[p]; j < programStart[p + 1]; j++) {
      if (programApplicant[j] == a) {
        return j - programStart[p];
      }
    }
    return -1;
  }

  // ---- applicants ----

  /** The couple applicant {@code a} belongs to, or -1 for a single. */
  public int coupleOf(int a) {
    return coupleOf[a];
  }

  /** The index of applicant {@code a}'s group in {@link #groupNames()}. */
  public int groupOf(int a) {
    return groupOf[a];
  }

  /** Applicant {@code a}'s group label as given, or null when it has none. */
  public String groupLabel(int a) {
    Objects.checkIndex(a, coupleOf.length);
    return groupLabels == null ? null : groupLabels[a];
  }

  /** The group labels, in order of first appearance; applicants without one share {@link #NO_GROUP}. */
  public List<String> groupNames() {
    return List.of(groupNames);
  }

  /** First entry of applicant {@code a}'s primary list (empty for couple members). */
  public int applicantListStart(int a) {
    return applicantStart[a];
  }

  /** One past the last entry of applicant {@code a}'s primary list. */
  public int applicantListEnd(int a) {
    return applicantStart[a + 1];
  }

  /** The program of applicant-list entry {@code i}. */
  public int programAt(int i) {
    return applicantProgram[i];
  }

  /** The program's rank (0 is best) of the applicant of applicant-list entry {@code i}. */
  public int programRankAt(int i) {
    return applicantProgramRank[i];
  }

  /**
   * The 1-based rank of applicant-list entry {@code i} on the applicant's list as given, or 0 on
   * a list of more than 65,535 entries (then the list as given says).
   */
  public int originalRankAt(int i) {
    return applicantOriginalRank[i];
  }

  // ---- couples ----

  /** Member {@code m} (0 or 1) of couple {@code c}. */
  public int coupleMember(int c, int m) {
    return coupleMembers[2 * c + m];
  }

  /** First entry of couple {@code c}'s list of usable pairs. */
  public int coupleListStart(int c) {
    return coupleStart[c];
  }

  /** One past the last entry of couple {@code c}'s list. */
  public int coupleListEnd(int c) {
    return coupleStart[c + 1];
  }

  /** The program on side {@code m} of pair entry {@code k}, or {@link #NO_PROGRAM}. */
  public int pairProgram(int k, int m) {
    return pairProgram[2 * k + m];
  }

  /** That program's rank of member {@code m}, or -1 for no match. */
  public int pairProgramRank(int k, int m) {
    return pairProgramRank[2 * k + m];
  }

  /** The 1-based rank of usable pair {@code k} on the couple's list as given. */
  public int pairOriginalRank(int k) {
    return pairOriginalRank[k];
  }

  // ---- supplemental lists ----

  /**
   * The supplemental list of applicant {@code a} linked to advanced program {@code p}, or -1 when
   * there is none.
   */
  public int supplementalListFor(int a, int p) {
    for (int k = linkStart[a]; k < linkStart[a + 1]; k++) {
      if (linkAdvanced[k] == p) {
        return linkList[k];
      }
    }
    return -1;
  }

  /** Whether applicant {@code a} has any supplemental list. */
  public boolean hasSupplementalLists(int a) {
    return linkStart[a + 1] > linkStart[a];
  }

  /** The number of supplemental lists, over all applicants. */
  public int supplementalListCount() {
    return supplementalStart.length - 1;
  }

  /** First entry of supplemental list {@code s}. */
  public int supplementalListStart(int s) {
    return supplementalStart[s];
  }

  /** One past the last entry of supplemental list {@code s}. */
  public int supplementalListEnd(int s) {
    return supplementalStart[s + 1];
  }

  /** The program of supplemental-list entry {@code i}. */
  public int supplementalProgramAt(int i) {
    return supplementalProgram[i];
  }

  /** The 1-based rank of supplemental-list entry {@code i} on that list as given. */
  public int supplementalOriginalRankAt(int i) {
    return supplementalOriginalRank[i];
  }

  /** The program's rank of the applicant of supplemental-list entry {@code i}. */
  public int supplementalProgramRankAt(int i) {
    return supplementalProgramRank[i];
  }

  // ---- reversions ----

  /** First reversion of donor program {@code p}. */
  public int reversionStart(int p) {
    return reversionStart[p];
  }

  /** One past the last reversion of donor program {@code p}. */
  public int reversionEnd(int p) {
    return reversionStart[p + 1];
  }

  /** The receiver program of reversion {@code k}. */
  public int reversionReceiver(int k) {
    return reversionReceiver[k];
  }

  /** The most positions reversion {@code k} moves. */
  public int reversionPositions(int k) {
    return reversionPositions[k];
  }

  // ---- the market as a whole ----

  /** Whether the market has couples. */
  public boolean hasCouples() {
    return coupleCount() > 0;
  }

  /** Whether any applicant has a supplemental list. */
  public boolean hasSupplementalLists() {
    return supplementalListCount() > 0;
  }

  /** Whether any program has a reversion. */
  public boolean hasReversions() {
    return reversionReceiver.length > 0;
  }

  /**
   * The number of mutually acceptable entries on the applicants' side: primary-list entries,
   * usable couple pairs and supplemental-list entries.
   */
  public long applicantSideEntries() {
    return applicantProgram.length + (long) pairProgram.length / 2 + supplementalProgram.length;
  }

  /** The number of mutually acceptable entries on the programs' lists. */
  public int programSideEntries() {
    return programApplicant.length;
  }

  /**
   * The bytes held by the compiled arrays, counting 16 bytes of header per array (a 64-bit JVM
   * with compressed pointers) and nothing of the source {@link #market()}.
   */
  @Override
  public long sizeInBytes() {
    long bytes = 0;
    for (int[] array : new int[][] {
        positions, coupleOf, groupOf, applicantStart, applicantProgram, applicantProgramRank,
        programStart, programApplicant, coupleMembers, coupleStart, pairProgram, pairProgramRank, pairOriginalRank,
        linkStart, linkAdvanced, linkList, supplementalStart, supplementalProgram,
        supplementalProgramRank, supplementalOriginalRank, reversionStart, reversionReceiver, reversionPositions}) {
      bytes += 16 + 4L * array.length;
    }
    bytes += 16 + 2L * applicantOriginalRank.length;
    bytes += 16 + advanced.length + 16 + pgy1Year.length + 16 + 4L * groupNames.length;
    return bytes;
  }

  @Override
  public String toString() {
    return "IntMarket[" + programCount() + " programs, " + applicantCount() + " applicants, "
        + coupleCount() + " couples, " + applicantSideEntries() + " mutual entries]";
  }
}

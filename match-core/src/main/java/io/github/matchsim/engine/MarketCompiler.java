package io.github.matchsim.engine;

import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a validated market, given as its {@link MarketTables}, into a {@link IntMarket} in time
 * linear in the total length of its lists.
 *
 * <p>Ids were resolved to indices before (by a reader, or by the constructor of a market given as
 * lists), so nothing here looks an id up. Mutual acceptability is decided without any map: for
 * each applicant the programs that rank it are stamped in a scratch array, then its own lists are
 * read against the stamps. Programs' lists are then rebuilt with only the mutual entries, and each
 * applicant-side entry is given the program's compressed rank.
 */
public final class MarketCompiler {
  private final Market market;
  private final MarketTables t;
  private final int programs;
  private final int applicants;

  /** Program lists as given: CSR over applicant indices. */
  private int[] givenStart;
  private int[] givenApplicant;
  private int[] givenProgram;
  /** Per given program-list entry: whether the applicant ranks the program too. */
  private boolean[] givenMutual;

  private MarketCompiler(Market market, MarketTables tables) {
    this.market = market;
    this.t = tables;
    this.programs = tables.programCount;
    this.applicants = tables.applicantCount;
  }

  /** Compiles a market given as lists, resolving every id of its lists in the market's maps first. */
  public static IntMarket compile(Market market) {
    return compile(market, MarketTables.of(market.programs(), market.applicants(), market.couples(),
        market::programIndex, market::applicantIndex));
  }

  /** Compiles a valid market from its tables. */
  public static IntMarket compile(Market market, MarketTables tables) {
    return new MarketCompiler(market, tables).compile();
  }

  private IntMarket compile() {
    indexGivenProgramLists();
    int[] coupleOf = coupleOf();
    Entries primary = new Entries(t.applicantList.length);
    Entries supplemental = new Entries(t.supplementalList.length);
    // Per given pair side: the given program-list entry of the member there, -1 if not mutual.
    int[] pairSideGiven = new int[t.pairPrograms.length];
    int[] coupleGivenStart = t.pairStart;

    int[] applicantStart = new int[applicants + 1];
    int[] linkStart = new int[applicants + 1];
    int[] linkAdvanced = new int[t.linked.length];
    int[] linkList = new int[linkAdvanced.length];
    int[] supplementalStart = new int[t.supplementalStart.length];
    int links = 0;
    int lists = 0;

    // stamp[p] == a + 1 when program p ranks applicant a, at given entry stampEntry[p].
    int[] stamp = new int[programs];
    int[] stampEntry = new int[programs];
    int[] invertedStart = invertedStart();
    int[] invertedEntry = invertedEntries(invertedStart);

    for (int a = 0; a < applicants; a++) {
      for (int k = invertedStart[a]; k < invertedStart[a + 1]; k++) {
        int entry = invertedEntry[k];
        int p = givenProgram[entry];
        stamp[p] = a + 1;
        stampEntry[p] = entry;
      }
      int listStart = t.applicantListStart[a];
      for (int k = listStart; k < t.applicantListStart[a + 1]; k++) {
        int p = t.applicantList[k];
        if (stamp[p] == a + 1) {
          primary.add(p, stampEntry[p], k - listStart + 1);
          givenMutual[stampEntry[p]] = true;
        }
      }
      applicantStart[a + 1] = primary.size;
      if (coupleOf[a] >= 0) {
        markMemberSides(a, coupleOf[a], stamp, stampEntry, pairSideGiven, coupleGivenStart);
      }
      for (int s = t.supplementalOf[a]; s < t.supplementalOf[a + 1]; s++) {
        for (int k = t.linkedStart[s]; k < t.linkedStart[s + 1]; k++) {
          linkAdvanced[links] = t.linked[k];
          linkList[links++] = lists;
        }
        int from = t.supplementalStart[s];
        for (int k = from; k < t.supplementalStart[s + 1]; k++) {
          int p = t.supplementalList[k];
          if (stamp[p] == a + 1) {
            supplemental.add(p, stampEntry[p], k - from + 1);
            givenMutual[stampEntry[p]] = true;
          }
        }
        supplementalStart[++lists] = supplemental.size;
      }
      linkStart[a + 1] = links;
    }

    // Programs' lists keep the mutual entries, in the program's order; compressedRank maps a given
    // entry to its rank among them.
    int[] compressedRank = new int[givenApplicant.length];
    int[] programStart = new int[programs + 1];
    int mutual = 0;
    for (boolean m : givenMutual) {
      mutual += m ? 1 : 0;
    }
    int[] programApplicant = new int[mutual];
    int next = 0;
    for (int p = 0; p < programs; p++) {
      for (int entry = givenStart[p]; entry < givenStart[p + 1]; entry++) {
        if (givenMutual[entry]) {
          compressedRank[entry] = next - programStart[p];
          programApplicant[next++] = givenApplicant[entry];
        }
      }
      programStart[p + 1] = next;
    }

    int[] coupleStart = new int[t.coupleCount() + 1];
    Entries pairs = usablePairs(pairSideGiven, coupleGivenStart, compressedRank, coupleStart);

    boolean[] advanced = new boolean[programs];
    boolean[] pgy1Year = new boolean[programs];
    for (int p = 0; p < programs; p++) {
      ProgramType type = t.programTypes[p];
      advanced[p] = type.isAdvanced();
      pgy1Year[p] = type.isPgy1Year();
    }
    Map<String, Integer> groups = new LinkedHashMap<>();
    int[] groupOf = new int[applicants];
    String lastGroup = null;
    int lastIndex = 0;
    for (int a = 0; a < applicants; a++) {
      String group = t.applicantGroups == null || t.applicantGroups[a] == null ? IntMarket.NO_GROUP : t.applicantGroups[a];
      if (group != lastGroup) { // neighbours often share a group: skip the map for runs of one
        lastIndex = groups.computeIfAbsent(group, g -> groups.size());
        lastGroup = group;
      }
      groupOf[a] = lastIndex;
    }

    return new IntMarket(
        market, t.programIds, t.programTypes, t.applicantIds, t.coupleIds, t.applicantGroups, t.positions, advanced, pgy1Year, coupleOf, groupOf, groups.keySet().toArray(String[]::new),
        applicantStart, primary.programs(), primary.ranks(compressedRank), primary.originalRanksIn16Bits(),
        programStart, programApplicant,
        t.coupleMembers, coupleStart, pairs.programs(), pairs.ranks(compressedRank), pairs.originalRanksOfPairs(),
        linkStart, linkAdvanced, linkList,
        supplementalStart, supplemental.programs(), supplemental.ranks(compressedRank), supplemental.originalRanks(),
        t.reversionStart, t.reversionTo, t.reversionPositions);
  }

  private void indexGivenProgramLists() {
    givenStart = t.programListStart;
    givenApplicant = t.programList;
    givenProgram = new int[givenApplicant.length];
    givenMutual = new boolean[givenApplicant.length];
    for (int p = 0; p < programs; p++) {
      Arrays.fill(givenProgram, givenStart[p], givenStart[p + 1], p);
    }
  }

  /** Per applicant, where its entries in the inverted program lists start (counting sort). */
  private int[] invertedStart() {
    int[] start = new int[applicants + 1];
    for (int applicant : givenApplicant) {
      start[applicant + 1]++;
    }
    for (int a = 0; a < applicants; a++) {
      start[a + 1] += start[a];
    }
    return start;
  }

  /** Given program-list entries grouped by applicant. */
  private int[] invertedEntries(int[] start) {
    int[] fill = Arrays.copyOf(start, applicants);
    int[] entries = new int[givenApplicant.length];
    for (int entry = 0; entry < givenApplicant.length; entry++) {
      entries[fill[givenApplicant[entry]]++] = entry;
    }
    return entries;
  }

  private int[] coupleOf() {
    int[] coupleOf = new int[applicants];
    Arrays.fill(coupleOf, -1);
    for (int c = 0; c < t.coupleCount(); c++) {
      coupleOf[t.coupleMembers[2 * c]] = c;
      coupleOf[t.coupleMembers[2 * c + 1]] = c;
    }
    return coupleOf;
  }

  /**
   * Records, for each pair of the member's couple, the given program-list entry of the member's
   * side (-1 when not mutual, -2 for no match), and marks mutual sides as kept in the programs'
   * lists: a member and a program are mutually acceptable when each ranks the other, even where
   * every pair naming them is unusable for the partner's side.
   */
  private void markMemberSides(
      int a, int c, int[] stamp, int[] stampEntry, int[] pairSideGiven, int[] coupleGivenStart) {
    int m = t.coupleMembers[2 * c] == a ? 0 : 1;
    for (int k = coupleGivenStart[c]; k < coupleGivenStart[c + 1]; k++) {
      int slot = 2 * k + m;
      int p = t.pairPrograms[slot];
      if (p < 0) {
        pairSideGiven[slot] = -2; // no match: always usable
        continue;
      }
      if (stamp[p] == a + 1) {
        pairSideGiven[slot] = stampEntry[p];
        givenMutual[stampEntry[p]] = true;
      } else {
        pairSideGiven[slot] = -1;
      }
    }
  }

  private Entries usablePairs(int[] pairSideGiven, int[] coupleGivenStart, int[] compressedRank, int[] coupleStart) {
    Entries pairs = new Entries(pairSideGiven.length);
    for (int c = 0; c < t.coupleCount(); c++) {
      for (int k = coupleGivenStart[c]; k < coupleGivenStart[c + 1]; k++) {
        int side0 = pairSideGiven[2 * k];
        int side1 = pairSideGiven[2 * k + 1];
        if (side0 == -1 || side1 == -1) {
          continue; // a side is not mutually acceptable: the pair can never be used
        }
        for (int given : new int[] {side0, side1}) {
          pairs.add(given >= 0 ? givenProgram[given] : IntMarket.NO_PROGRAM, given, k - coupleGivenStart[c] + 1);
        }
      }
      coupleStart[c + 1] = pairs.size / 2;
    }
    return pairs;
  }

  /** A growing list of (program, given program-list entry, original 1-based rank) triples. */
  private static final class Entries {
    private final int[] program;
    private final int[] given;
    private final int[] original;
    int size;

    Entries(int capacity) {
      program = new int[capacity];
      given = new int[capacity];
      original = new int[capacity];
    }

    void add(int p, int givenEntry, int originalRank) {
      program[size] = p;
      original[size] = originalRank;
      given[size++] = givenEntry;
    }

    int[] programs() {
      return Arrays.copyOf(program, size);
    }

    /** Each entry's 1-based rank on the list as given, before unusable entries were dropped. */
    int[] originalRanks() {
      return Arrays.copyOf(original, size);
    }

    /** {@link #originalRanks()} in 16 bits each, 0 where a rank does not fit. */
    char[] originalRanksIn16Bits() {
      char[] ranks = new char[size];
      for (int i = 0; i < size; i++) {
        ranks[i] = original[i] <= Character.MAX_VALUE ? (char) original[i] : 0;
      }
      return ranks;
    }

    /** The original rank of every second entry: one per couple pair, whose two sides are entries. */
    int[] originalRanksOfPairs() {
      int[] ranks = new int[size / 2];
      for (int k = 0; k < ranks.length; k++) {
        ranks[k] = original[2 * k];
      }
      return ranks;
    }

    /** Each entry's rank at its program, -1 for a no-match side. */
    int[] ranks(int[] compressedRank) {
      int[] ranks = new int[size];
      for (int i = 0; i < size; i++) {
        ranks[i] = given[i] >= 0 ? compressedRank[given[i]] : -1;
      }
      return ranks;
    }
  }
}

package io.github.matchsim.engine;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.Reversion;
import io.github.matchsim.market.SupplementalList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated {@link Market} into a {@link IntMarket} in time linear in the total
 * length of its lists.
 *
 * <p>Ids become ints through the market's maps once, here. Mutual acceptability is decided without
 * any map: for each applicant the programs that rank it are stamped in a scratch array, then its
 * own lists are read against the stamps. Programs' lists are then rebuilt with only the mutual
 * entries, and each applicant-side entry is given the program's compressed rank.
 */
public final class MarketCompiler {
  private final Market market;
  private final int programs;
  private final int applicants;

  /** Program lists as given: CSR over applicant indices. */
  private int[] givenStart;
  private int[] givenApplicant;
  private int[] givenProgram;
  /** Per given program-list entry: whether the applicant ranks the program too. */
  private boolean[] givenMutual;

  /** The ids of the applicants' primary lists and of the programs' lists resolved, in list order; or null. */
  private final int[] applicantListPrograms;
  private final int[] programListApplicants;

  private MarketCompiler(Market market, int[] applicantListPrograms, int[] programListApplicants) {
    this.market = market;
    this.applicantListPrograms = applicantListPrograms;
    this.programListApplicants = programListApplicants;
    this.programs = market.programs().size();
    this.applicants = market.applicants().size();
  }

  /** Compiles a market, looking every id of its lists up in the market's maps. */
  public static IntMarket compile(Market market) {
    return new MarketCompiler(market, null, null).compile();
  }

  /**
   * Compiles a market whose lists its validation has resolved already: every entry of the
   * applicants' primary lists as a program index and every entry of the programs' lists as an
   * applicant index, in list order, so that no id is looked up twice.
   */
  public static IntMarket compile(Market market, int[] applicantListPrograms, int[] programListApplicants) {
    return new MarketCompiler(market, applicantListPrograms, programListApplicants).compile();
  }

  private IntMarket compile() {
    indexGivenProgramLists();
    int[] coupleOf = coupleOf();
    Entries primary = new Entries(market.applicants().stream().mapToInt(a -> a.rankOrderList().size()).sum());
    Entries supplemental = new Entries(market.applicants().stream()
        .flatMap(a -> a.supplementalLists().stream()).mapToInt(s -> s.rankOrderList().size()).sum());
    int givenPairs = market.couples().stream().mapToInt(c -> c.rankOrderList().size()).sum();
    // Per given pair side: the given program-list entry of the member there, -1 if not mutual.
    int[] pairSideGiven = new int[2 * givenPairs];
    int[] coupleGivenStart = new int[market.couples().size() + 1];
    for (int c = 0; c < market.couples().size(); c++) {
      coupleGivenStart[c + 1] = coupleGivenStart[c] + market.couples().get(c).rankOrderList().size();
    }

    int[] applicantStart = new int[applicants + 1];
    int[] linkStart = new int[applicants + 1];
    int[] linkAdvanced = new int[countLinks()];
    int[] linkList = new int[linkAdvanced.length];
    int[] supplementalStart = new int[countSupplementalLists() + 1];
    int links = 0;
    int lists = 0;
    int listEntry = 0; // the next entry of applicantListPrograms

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
      Applicant applicant = market.applicants().get(a);
      List<String> ranked = applicant.rankOrderList();
      for (int r = 0; r < ranked.size(); r++) {
        int p = applicantListPrograms != null ? applicantListPrograms[listEntry++] : market.programIndex(ranked.get(r));
        if (stamp[p] == a + 1) {
          primary.add(p, stampEntry[p], r + 1);
          givenMutual[stampEntry[p]] = true;
        }
      }
      applicantStart[a + 1] = primary.size;
      if (coupleOf[a] >= 0) {
        markMemberSides(a, coupleOf[a], stamp, stampEntry, pairSideGiven, coupleGivenStart);
      }
      for (SupplementalList list : applicant.supplementalLists()) {
        for (String id : list.linkedTo()) {
          linkAdvanced[links] = market.programIndex(id);
          linkList[links++] = lists;
        }
        List<String> programsRanked = list.rankOrderList();
        for (int r = 0; r < programsRanked.size(); r++) {
          int p = market.programIndex(programsRanked.get(r));
          if (stamp[p] == a + 1) {
            supplemental.add(p, stampEntry[p], r + 1);
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

    int[] coupleMembers = new int[2 * market.couples().size()];
    int[] coupleStart = new int[market.couples().size() + 1];
    Entries pairs = usablePairs(pairSideGiven, coupleGivenStart, compressedRank, coupleMembers, coupleStart);

    int[] reversionStart = new int[programs + 1];
    List<Program> programList = market.programs();
    for (int p = 0; p < programs; p++) {
      reversionStart[p + 1] = reversionStart[p] + programList.get(p).reversions().size();
    }
    int[] reversionReceiver = new int[reversionStart[programs]];
    int[] reversionPositions = new int[reversionStart[programs]];
    for (int p = 0, k = 0; p < programs; p++) {
      for (Reversion reversion : programList.get(p).reversions()) {
        reversionReceiver[k] = market.programIndex(reversion.to());
        reversionPositions[k++] = reversion.positions();
      }
    }

    int[] positions = new int[programs];
    boolean[] advanced = new boolean[programs];
    boolean[] pgy1Year = new boolean[programs];
    for (int p = 0; p < programs; p++) {
      positions[p] = programList.get(p).positions();
      advanced[p] = programList.get(p).type().isAdvanced();
      pgy1Year[p] = programList.get(p).type().isPgy1Year();
    }
    Map<String, Integer> groups = new LinkedHashMap<>();
    int[] groupOf = new int[applicants];
    for (int a = 0; a < applicants; a++) {
      String group = market.applicants().get(a).groupLabel().orElse(IntMarket.NO_GROUP);
      groupOf[a] = groups.computeIfAbsent(group, g -> groups.size());
    }

    return new IntMarket(
        market, positions, advanced, pgy1Year, coupleOf, groupOf, groups.keySet().toArray(String[]::new),
        applicantStart, primary.programs(), primary.ranks(compressedRank), primary.originalRanksIn16Bits(),
        programStart, programApplicant,
        coupleMembers, coupleStart, pairs.programs(), pairs.ranks(compressedRank), pairs.originalRanksOfPairs(),
        linkStart, linkAdvanced, linkList,
        supplementalStart, supplemental.programs(), supplemental.ranks(compressedRank), supplemental.originalRanks(),
        reversionStart, reversionReceiver, reversionPositions);
  }

  private void indexGivenProgramLists() {
    givenStart = new int[programs + 1];
    for (int p = 0; p < programs; p++) {
      givenStart[p + 1] = givenStart[p] + market.programs().get(p).rankOrderList().size();
    }
    givenApplicant = new int[givenStart[programs]];
    givenProgram = new int[givenApplicant.length];
    givenMutual = new boolean[givenApplicant.length];
    for (int p = 0, entry = 0; p < programs; p++) {
      for (String id : market.programs().get(p).rankOrderList()) {
        givenProgram[entry] = p;
        givenApplicant[entry] = programListApplicants != null ? programListApplicants[entry] : market.applicantIndex(id);
        entry++;
      }
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
    for (int c = 0; c < market.couples().size(); c++) {
      Couple couple = market.couples().get(c);
      coupleOf[market.applicantIndex(couple.member1())] = c;
      coupleOf[market.applicantIndex(couple.member2())] = c;
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
    Couple couple = market.couples().get(c);
    int m = market.applicantIndex(couple.member1()) == a ? 0 : 1;
    List<ProgramPair> pairs = couple.rankOrderList();
    for (int k = 0; k < pairs.size(); k++) {
      String id = pairs.get(k).side(m);
      int slot = 2 * (coupleGivenStart[c] + k) + m;
      if (id == null) {
        pairSideGiven[slot] = -2; // no match: always usable
        continue;
      }
      int p = market.programIndex(id);
      if (stamp[p] == a + 1) {
        pairSideGiven[slot] = stampEntry[p];
        givenMutual[stampEntry[p]] = true;
      } else {
        pairSideGiven[slot] = -1;
      }
    }
  }

  private Entries usablePairs(
      int[] pairSideGiven, int[] coupleGivenStart, int[] compressedRank, int[] coupleMembers, int[] coupleStart) {
    Entries pairs = new Entries(pairSideGiven.length);
    for (int c = 0; c < market.couples().size(); c++) {
      Couple couple = market.couples().get(c);
      coupleMembers[2 * c] = market.applicantIndex(couple.member1());
      coupleMembers[2 * c + 1] = market.applicantIndex(couple.member2());
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

  private int countLinks() {
    return market.applicants().stream()
        .flatMap(a -> a.supplementalLists().stream()).mapToInt(s -> s.linkedTo().size()).sum();
  }

  private int countSupplementalLists() {
    return market.applicants().stream().mapToInt(a -> a.supplementalLists().size()).sum();
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

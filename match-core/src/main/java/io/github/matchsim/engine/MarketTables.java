package io.github.matchsim.engine;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.Reversion;
import io.github.matchsim.market.SupplementalList;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A market as the readers see it and the compiler takes it: ids once per program, applicant and
 * couple, and every list as dense indices in compressed sparse row form. No list entry is a string
 * here, so a reader that interns each id once ({@code match-io}) fills these tables without
 * allocating per entry, and the compiler never looks an id up.
 *
 * <p>Indices refer to the id arrays. An id array may be longer than the count of its kind: the
 * entries past the count are ids that lists name but the market does not define ({@code
 * programIds[programCount..]}, {@code applicantIds[applicantCount..]}), kept so that such a market
 * can still be turned back into lists for the validator's located messages. {@link
 * MarketTablesValidator} says whether tables describe a valid market.
 *
 * <p>The arrays are taken as given, not copied: whoever builds tables hands them over and keeps no
 * reference. Instances are then never changed.
 */
public final class MarketTables {
  /** The index a resolver gives an id that the market does not define; never valid. */
  public static final int UNKNOWN = -2;

  final int programCount;
  final String[] programIds;
  final ProgramType[] programTypes;
  final int[] positions;
  /** Program p's list: applicant indices {@code programList[programListStart[p] .. programListStart[p+1])}. */
  final int[] programListStart;
  final int[] programList;
  /** Program p's reversions: {@code [reversionStart[p] .. reversionStart[p+1])}, to a program index, of positions. */
  final int[] reversionStart;
  final int[] reversionTo;
  final int[] reversionPositions;

  final int applicantCount;
  final String[] applicantIds;
  /** Per applicant its group label, or null; null for a market without any. */
  final String[] applicantGroups;
  final int[] applicantListStart;
  final int[] applicantList;
  /** Applicant a's supplemental lists are {@code [supplementalOf[a] .. supplementalOf[a+1])}. */
  final int[] supplementalOf;
  /** Supplemental list s is linked to {@code linked[linkedStart[s] .. linkedStart[s+1])}. */
  final int[] linkedStart;
  final int[] linked;
  /** Supplemental list s ranks {@code supplementalList[supplementalStart[s] .. supplementalStart[s+1])}. */
  final int[] supplementalStart;
  final int[] supplementalList;

  final String[] coupleIds;
  /** Couple c's members are applicants {@code coupleMembers[2c]} and {@code coupleMembers[2c+1]}. */
  final int[] coupleMembers;
  /** Couple c's pairs are {@code [pairStart[c] .. pairStart[c+1])}; pair k's sides {@code pairPrograms[2k]}, {@code [2k+1]}, -1 for no match. */
  final int[] pairStart;
  final int[] pairPrograms;

  private MarketTables(Builder b) {
    this.programCount = b.programCount;
    this.programIds = b.programIds;
    this.programTypes = b.programTypes;
    this.positions = b.positions;
    this.programListStart = b.programListStart;
    this.programList = b.programList;
    this.reversionStart = b.reversionStart != null ? b.reversionStart : new int[programCount + 1];
    this.reversionTo = b.reversionTo != null ? b.reversionTo : new int[0];
    this.reversionPositions = b.reversionPositions != null ? b.reversionPositions : new int[0];
    this.applicantCount = b.applicantCount;
    this.applicantIds = b.applicantIds;
    this.applicantGroups = b.applicantGroups;
    this.applicantListStart = b.applicantListStart;
    this.applicantList = b.applicantList;
    this.supplementalOf = b.supplementalOf != null ? b.supplementalOf : new int[applicantCount + 1];
    this.linkedStart = b.linkedStart != null ? b.linkedStart : new int[1];
    this.linked = b.linked != null ? b.linked : new int[0];
    this.supplementalStart = b.supplementalStart != null ? b.supplementalStart : new int[1];
    this.supplementalList = b.supplementalList != null ? b.supplementalList : new int[0];
    this.coupleIds = b.coupleIds != null ? b.coupleIds : new String[0];
    this.coupleMembers = b.coupleMembers != null ? b.coupleMembers : new int[0];
    this.pairStart = b.pairStart != null ? b.pairStart : new int[1];
    this.pairPrograms = b.pairPrograms != null ? b.pairPrograms : new int[0];
    checkShape();
  }

  /** A builder; programs and applicants are required, supplemental lists, reversions and couples optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Array lengths that agree with each other: a reader's bug, not a market's problem. */
  private void checkShape() {
    require(programIds.length >= programCount && programTypes.length == programCount && positions.length == programCount,
        "program arrays");
    require(programListStart.length == programCount + 1 && programListStart[programCount] == programList.length,
        "program lists");
    require(reversionStart.length == programCount + 1 && reversionStart[programCount] == reversionTo.length
        && reversionPositions.length == reversionTo.length, "reversions");
    require(applicantIds.length >= applicantCount && (applicantGroups == null || applicantGroups.length == applicantCount),
        "applicant arrays");
    require(applicantListStart.length == applicantCount + 1 && applicantListStart[applicantCount] == applicantList.length,
        "applicant lists");
    int lists = linkedStart.length - 1;
    require(supplementalOf.length == applicantCount + 1 && supplementalOf[applicantCount] == lists
        && linkedStart[lists] == linked.length && supplementalStart.length == lists + 1
        && supplementalStart[lists] == supplementalList.length, "supplemental lists");
    require(coupleMembers.length == 2 * coupleIds.length && pairStart.length == coupleIds.length + 1
        && 2 * pairStart[coupleIds.length] == pairPrograms.length, "couples");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("market tables: the " + what + " do not agree in length");
    }
  }

  /** The number of programs the market defines. */
  public int programCount() {
    return programCount;
  }

  /** The number of applicants the market defines, couple members included. */
  public int applicantCount() {
    return applicantCount;
  }

  /** The number of couples. */
  public int coupleCount() {
    return coupleIds.length;
  }

  /** The id of program index {@code p}, defined or only named. */
  public String programId(int p) {
    return programIds[p];
  }

  /** The id of applicant index {@code a}, defined or only named. */
  public String applicantId(int a) {
    return applicantIds[a];
  }

  /** The id of couple {@code c}. */
  public String coupleId(int c) {
    return coupleIds[c];
  }

  /** Whether these tables are a valid market ({@link MarketTablesValidator}). */
  public boolean isValid() {
    return MarketTablesValidator.isValid(this);
  }

  /**
   * The market these tables describe, validated: straight from the tables when {@link
   * MarketTablesValidator} finds them valid (its lists are then made from the tables only when
   * asked for), otherwise through lists and the market's own validation, which throws with every
   * problem and its place.
   *
   * @throws io.github.matchsim.market.InvalidMarketException listing every problem when the market breaks a rule
   */
  public io.github.matchsim.market.Market toMarket() {
    if (isValid()) {
      return MarketAccess.fromValidTables(this);
    }
    return new io.github.matchsim.market.Market(programs(), applicants(), couples());
  }

  // ---- back to lists, for a market's accessors (on request only) and for the validator's messages ----

  /** The programs as records, their lists as ids. */
  public List<Program> programs() {
    List<Program> programs = new ArrayList<>(programCount);
    for (int p = 0; p < programCount; p++) {
      List<Reversion> reversions = new ArrayList<>(reversionStart[p + 1] - reversionStart[p]);
      for (int k = reversionStart[p]; k < reversionStart[p + 1]; k++) {
        reversions.add(new Reversion(programIds[reversionTo[k]], reversionPositions[k]));
      }
      programs.add(new Program(programIds[p], programTypes[p], positions[p],
          ids(applicantIds, programList, programListStart[p], programListStart[p + 1]), reversions));
    }
    return programs;
  }

  /** The applicants as records, their lists as ids. */
  public List<Applicant> applicants() {
    List<Applicant> applicants = new ArrayList<>(applicantCount);
    for (int a = 0; a < applicantCount; a++) {
      List<SupplementalList> lists = new ArrayList<>(supplementalOf[a + 1] - supplementalOf[a]);
      for (int s = supplementalOf[a]; s < supplementalOf[a + 1]; s++) {
        lists.add(new SupplementalList(ids(programIds, linked, linkedStart[s], linkedStart[s + 1]),
            ids(programIds, supplementalList, supplementalStart[s], supplementalStart[s + 1])));
      }
      applicants.add(new Applicant(applicantIds[a], applicantGroups == null ? null : applicantGroups[a],
          ids(programIds, applicantList, applicantListStart[a], applicantListStart[a + 1]), lists));
    }
    return applicants;
  }

  /** The couples as records, their pairs as ids. */
  public List<Couple> couples() {
    List<Couple> couples = new ArrayList<>(coupleIds.length);
    for (int c = 0; c < coupleIds.length; c++) {
      List<ProgramPair> pairs = new ArrayList<>(pairStart[c + 1] - pairStart[c]);
      for (int k = pairStart[c]; k < pairStart[c + 1]; k++) {
        pairs.add(new ProgramPair(idOrNull(pairPrograms[2 * k]), idOrNull(pairPrograms[2 * k + 1])));
      }
      couples.add(new Couple(coupleIds[c], applicantIds[coupleMembers[2 * c]], applicantIds[coupleMembers[2 * c + 1]], pairs));
    }
    return couples;
  }

  private String idOrNull(int p) {
    return p < 0 ? null : programIds[p];
  }

  /** Entries {@code [from, to)} of {@code list} as ids: an unmodifiable list that the records' {@code List.copyOf} copies once. */
  private static List<String> ids(String[] ids, int[] list, int from, int to) {
    return new IdList(ids, list, from, to);
  }

  /** A read-only view of a range of indices as ids. */
  private static final class IdList extends AbstractList<String> implements RandomAccess {
    private final String[] ids;
    private final int[] list;
    private final int from;
    private final int size;

    IdList(String[] ids, int[] list, int from, int to) {
      this.ids = ids;
      this.list = list;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public String get(int index) {
      Objects.checkIndex(index, size);
      return ids[list[from + index]];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Object[] toArray() {
      Object[] array = new Object[size];
      for (int i = 0; i < size; i++) {
        array[i] = ids[list[from + i]];
      }
      return array;
    }
  }

  /**
   * The tables of a market given as lists, every id resolved once by {@code programIndex} and
   * {@code applicantIndex} (which give {@link #UNKNOWN} for an id the market does not define).
   */
  public static MarketTables of(List<Program> programs, List<Applicant> applicants, List<Couple> couples,
      java.util.function.ToIntFunction<String> programIndex, java.util.function.ToIntFunction<String> applicantIndex) {
    int n = programs.size();
    String[] programIds = new String[n];
    ProgramType[] types = new ProgramType[n];
    int[] positions = new int[n];
    int[] listStart = new int[n + 1];
    int[] reversionStart = new int[n + 1];
    for (int p = 0; p < n; p++) {
      Program program = programs.get(p);
      programIds[p] = program.id();
      types[p] = program.type();
      positions[p] = program.positions();
      listStart[p + 1] = listStart[p] + program.rankOrderList().size();
      reversionStart[p + 1] = reversionStart[p] + program.reversions().size();
    }
    int[] reversionTo = new int[reversionStart[n]];
    int[] reversionPositions = new int[reversionTo.length];
    for (int p = 0, k = 0; p < n; p++) {
      for (Reversion reversion : programs.get(p).reversions()) {
        reversionTo[k] = programIndex.applyAsInt(reversion.to());
        reversionPositions[k++] = reversion.positions();
      }
    }
    int[] programListApplicants = new int[listStart[n]];
    for (int p = 0, k = 0; p < n; p++) {
      for (String id : programs.get(p).rankOrderList()) {
        programListApplicants[k++] = applicantIndex.applyAsInt(id);
      }
    }
    int m = applicants.size();
    String[] applicantIds = new String[m];
    String[] groups = null;
    int[] applicantStart = new int[m + 1];
    int[] supplementalOf = new int[m + 1];
    int links = 0;
    int entries = 0;
    for (int a = 0; a < m; a++) {
      Applicant applicant = applicants.get(a);
      applicantIds[a] = applicant.id();
      if (applicant.group() != null) {
        groups = groups == null ? new String[m] : groups;
        groups[a] = applicant.group();
      }
      applicantStart[a + 1] = applicantStart[a] + applicant.rankOrderList().size();
      supplementalOf[a + 1] = supplementalOf[a] + applicant.supplementalLists().size();
      for (SupplementalList list : applicant.supplementalLists()) {
        links += list.linkedTo().size();
        entries += list.rankOrderList().size();
      }
    }
    int[] applicantListPrograms = new int[applicantStart[m]];
    for (int a = 0, k = 0; a < m; a++) {
      for (String id : applicants.get(a).rankOrderList()) {
        applicantListPrograms[k++] = programIndex.applyAsInt(id);
      }
    }
    int[] linkedStart = new int[supplementalOf[m] + 1];
    int[] linked = new int[links];
    int[] supplementalStart = new int[supplementalOf[m] + 1];
    int[] supplementalList = new int[entries];
    int s = 0;
    for (Applicant applicant : applicants) {
      for (SupplementalList list : applicant.supplementalLists()) {
        int l = linkedStart[s];
        for (String id : list.linkedTo()) {
          linked[l++] = programIndex.applyAsInt(id);
        }
        linkedStart[s + 1] = l;
        int e = supplementalStart[s];
        for (String id : list.rankOrderList()) {
          supplementalList[e++] = programIndex.applyAsInt(id);
        }
        supplementalStart[++s] = e;
      }
    }
    int c = couples.size();
    String[] coupleIds = new String[c];
    int[] members = new int[2 * c];
    int[] pairStart = new int[c + 1];
    for (int i = 0; i < c; i++) {
      Couple couple = couples.get(i);
      coupleIds[i] = couple.id();
      members[2 * i] = applicantIndex.applyAsInt(couple.member1());
      members[2 * i + 1] = applicantIndex.applyAsInt(couple.member2());
      pairStart[i + 1] = pairStart[i] + couple.rankOrderList().size();
    }
    int[] pairPrograms = new int[2 * pairStart[c]];
    for (int i = 0, k = 0; i < c; i++) {
      for (ProgramPair pair : couples.get(i).rankOrderList()) {
        pairPrograms[k++] = pair.first() == null ? -1 : programIndex.applyAsInt(pair.first());
        pairPrograms[k++] = pair.second() == null ? -1 : programIndex.applyAsInt(pair.second());
      }
    }
    return builder()
        .programs(n, programIds, types, positions, listStart, programListApplicants)
        .reversions(reversionStart, reversionTo, reversionPositions)
        .applicants(m, applicantIds, groups, applicantStart, applicantListPrograms)
        .supplementalLists(supplementalOf, linkedStart, linked, supplementalStart, supplementalList)
        .couples(coupleIds, members, pairStart, pairPrograms)
        .build();
  }

  /** Collects the arrays; see the fields of {@link MarketTables} for what each holds. */
  public static final class Builder {
    private int programCount;
    private String[] programIds;
    private ProgramType[] programTypes;
    private int[] positions;
    private int[] programListStart;
    private int[] programList;
    private int[] reversionStart;
    private int[] reversionTo;
    private int[] reversionPositions;
    private int applicantCount;
    private String[] applicantIds;
    private String[] applicantGroups;
    private int[] applicantListStart;
    private int[] applicantList;
    private int[] supplementalOf;
    private int[] linkedStart;
    private int[] linked;
    private int[] supplementalStart;
    private int[] supplementalList;
    private String[] coupleIds;
    private int[] coupleMembers;
    private int[] pairStart;
    private int[] pairPrograms;

    private Builder() {}

    /**
     * The programs: {@code count} of them, whose ids are {@code ids[0..count)} ({@code ids} may go on
     * with ids named but not defined), with their types, positions and lists of applicant indices.
     */
    public Builder programs(int count, String[] ids, ProgramType[] types, int[] positions, int[] listStart, int[] list) {
      this.programCount = count;
      this.programIds = Objects.requireNonNull(ids);
      this.programTypes = Objects.requireNonNull(types);
      this.positions = Objects.requireNonNull(positions);
      this.programListStart = Objects.requireNonNull(listStart);
      this.programList = Objects.requireNonNull(list);
      return this;
    }

    /** The programs' reversions: per program a range of (receiver index, positions). */
    public Builder reversions(int[] start, int[] to, int[] positions) {
      this.reversionStart = start;
      this.reversionTo = to;
      this.reversionPositions = positions;
      return this;
    }

    /**
     * The applicants: {@code count} of them, whose ids are {@code ids[0..count)}, their groups (null
     * for none at all) and primary lists of program indices.
     */
    public Builder applicants(int count, String[] ids, String[] groups, int[] listStart, int[] list) {
      this.applicantCount = count;
      this.applicantIds = Objects.requireNonNull(ids);
      this.applicantGroups = groups;
      this.applicantListStart = Objects.requireNonNull(listStart);
      this.applicantList = Objects.requireNonNull(list);
      return this;
    }

    /** Supplemental lists: per applicant a range of lists; per list its links and its ranking, as program indices. */
    public Builder supplementalLists(int[] of, int[] linkedStart, int[] linked, int[] listStart, int[] list) {
      this.supplementalOf = of;
      this.linkedStart = linkedStart;
      this.linked = linked;
      this.supplementalStart = listStart;
      this.supplementalList = list;
      return this;
    }

    /** Couples: ids, members (two applicant indices each) and per couple a range of pairs (two program indices or -1 each). */
    public Builder couples(String[] ids, int[] members, int[] pairStart, int[] pairPrograms) {
      this.coupleIds = ids;
      this.coupleMembers = members;
      this.pairStart = pairStart;
      this.pairPrograms = pairPrograms;
      return this;
    }

    /**
     * The tables.
     *
     * @throws IllegalArgumentException when array lengths do not agree (a bug of the caller)
     */
    public MarketTables build() {
      return new MarketTables(this);
    }
  }
}

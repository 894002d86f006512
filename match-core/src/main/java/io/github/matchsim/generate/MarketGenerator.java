package io.github.matchsim.generate;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.Reversion;
import io.github.matchsim.market.SupplementalList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates random residency markets from a seed: the same settings and seed always give the same
 * market. Simulations, tests and benchmarks share it.
 *
 * <p>The model, in the order it is drawn:
 *
 * <ol>
 *   <li>Each program gets a type (advanced, preliminary or categorical, by the configured shares),
 *       a number of positions and a common <em>quality</em> {@code q ~ N(0,1)}; each applicant a
 *       group (by the configured weights) and a common <em>score</em> {@code s ~ N(0,1)}.
 *   <li>An applicant's utility for program {@code p} is {@code w·q(p) + sqrt(1−w²)·ε} with fresh
 *       noise {@code ε ~ N(0,1)}, where {@code w} is {@link Builder#programQualityWeight}: 0 gives
 *       uniformly random lists, 1 lists that all agree. Its list holds the best {@code L} (drawn
 *       from {@link Builder#listLength}) of {@code ⌈c·L⌉} programs drawn uniformly, where {@code c}
 *       is {@link Builder#candidateFactor}, so better programs appear on more lists. Primary lists
 *       are drawn from the programs that are not preliminary, as in the NRMP, where PGY-1 years
 *       are sought through supplemental lists; a share of applicants ({@link
 *       Builder#preliminarySeekerShare}), who want only a PGY-1 year, draw theirs from the
 *       preliminary programs instead. With {@link Builder#specialties} above 1, programs other
 *       than preliminary ones belong to specialties in turn ({@code p mod k}) and each applicant
 *       (each couple member on its own) ranks the programs of one specialty, drawn in proportion
 *       to the specialty's programs.
 *   <li>A couple (a share of applicants, paired in order) draws a list for each member and ranks
 *       the pairs {@code (i-th, j-th)} by {@code i + j}, keeping as many pairs as the two lists
 *       have entries; with probability one half each, it then adds a pair with member 1 at its
 *       favourite and member 2 unmatched, and the reverse.
 *   <li>An applicant (or member) with advanced programs on its list submits, with probability
 *       {@link Builder#supplementalShare}, one supplemental list of preliminary programs, drawn
 *       like a primary list and linked to all of those advanced programs.
 *   <li>Each program ranks the applicants who rank it (on any list) by {@code w'·s(a) +
 *       sqrt(1−w'²)·η}, where {@code w'} is {@link Builder#applicantScoreWeight}, and keeps the best
 *       {@link Builder#programRankShare} of them, as interviews make happen.
 *   <li>A share of programs revert up to all their positions to one program later in the list (so
 *       reversions chain but never cycle).
 * </ol>
 *
 * <p>{@link FocalApplicant}s, when given, are added last with draws of their own, so that the rest
 * of the market is the same with and without them.
 *
 * <p>Ids are {@code P<i>} for programs, {@code A<i>} for applicants and {@code C<i>} for couples.
 * Time and space are linear in the total length of the lists generated.
 */
public final class MarketGenerator {
  private final int applicants;
  private final int programs;
  private final IntDistribution positions;
  private final IntDistribution listLength;
  private final double candidateFactor;
  private final double programQualityWeight;
  private final double applicantScoreWeight;
  private final double programRankShare;
  private final double coupleShare;
  private final double couplePairFactor;
  private final List<FocalApplicant> focal;
  private final String[] programIds;
  private final String[] applicantIds;
  private final double advancedShare;
  private final double preliminaryShare;
  private final double supplementalShare;
  private final IntDistribution supplementalLength;
  private final double reversionShare;
  private final double preliminarySeekerShare;
  private final int specialties;
  private final Map<String, Group> groups;

  private MarketGenerator(Builder builder) {
    this.applicants = builder.applicants;
    this.programs = builder.programs >= 0
        ? builder.programs
        : Math.max(1, (int) Math.round(builder.applicants * 6600.0 / 50000));
    this.positions = builder.positions;
    this.listLength = builder.listLength;
    this.candidateFactor = builder.candidateFactor;
    this.programQualityWeight = builder.programQualityWeight;
    this.applicantScoreWeight = builder.applicantScoreWeight;
    this.programRankShare = builder.programRankShare;
    this.coupleShare = builder.coupleShare;
    this.couplePairFactor = builder.couplePairFactor;
    this.focal = List.copyOf(builder.focal);
    this.programIds = ids("P", this.programs);
    this.applicantIds = ids("A", this.applicants);
    this.advancedShare = builder.advancedShare;
    this.preliminaryShare = builder.preliminaryShare;
    this.supplementalShare = builder.supplementalShare;
    this.supplementalLength = builder.supplementalLength;
    this.reversionShare = builder.reversionShare;
    this.preliminarySeekerShare = builder.preliminarySeekerShare;
    this.specialties = Math.min(builder.specialties, this.programs);
    this.groups = new LinkedHashMap<>(builder.groups);
  }

  /** A builder with the defaults documented on each setter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The market for this seed. */
  public Market generate(long seed) {
    return new Draw(new SplittableRandom(seed), new SplittableRandom(seed ^ FOCAL_STREAM)).market();
  }

  /** Salt of the focal applicants' own random stream, which leaves everyone else's draws alone. */
  private static final long FOCAL_STREAM = 0x6A09E667F3BCC909L;

  /** One generation: the random state and the parts drawn so far. */
  private final class Draw {
    private final SplittableRandom random;
    private final SplittableRandom focalRandom;
    private final ProgramType[] types = new ProgramType[programs];
    private final double[] quality = new double[programs];
    private final int[] preliminaries;
    /** Per specialty, its programs that are not preliminary. */
    private final int[][] bySpecialty;
    private final int[] stamp = new int[programs];
    private int stampValue;
    /** Per program, the applicants who rank it, in the order they did (the first rankedByCount[p]). */
    private final int[][] rankedBy = new int[programs][];
    private final int[] rankedByCount = new int[programs];
    /** Per program, 1 + the last applicant added to rankedBy: an applicant is added once. */
    private final int[] lastRankedBy = new int[programs];

    Draw(SplittableRandom random, SplittableRandom focalRandom) {
      this.random = random;
      this.focalRandom = focalRandom;
      int prelims = 0;
      for (int p = 0; p < programs; p++) {
        double u = random.nextDouble();
        types[p] = u < advancedShare ? ProgramType.ADVANCED
            : u < advancedShare + preliminaryShare ? ProgramType.PRELIMINARY : ProgramType.CATEGORICAL;
        quality[p] = random.nextGaussian();
        prelims += types[p] == ProgramType.PRELIMINARY ? 1 : 0;
        rankedBy[p] = new int[8];
      }
      preliminaries = new int[prelims];
      int[] counts = new int[specialties];
      for (int p = 0, k = 0; p < programs; p++) {
        if (types[p] == ProgramType.PRELIMINARY) {
          preliminaries[k++] = p;
        } else {
          counts[p % specialties]++;
        }
      }
      bySpecialty = new int[specialties][];
      for (int k = 0; k < specialties; k++) {
        bySpecialty[k] = new int[counts[k]];
        counts[k] = 0;
      }
      for (int p = 0; p < programs; p++) {
        if (types[p] != ProgramType.PRELIMINARY) {
          bySpecialty[p % specialties][counts[p % specialties]++] = p;
        }
      }
    }

    Market market() {
      int[] positionsOf = new int[programs];
      for (int p = 0; p < programs; p++) {
        positionsOf[p] = positions.sample(random);
      }
      double[] score = new double[applicants + focal.size()];
      String[] group = new String[applicants + focal.size()];
      for (int a = 0; a < applicants; a++) {
        score[a] = random.nextGaussian();
        group[a] = drawGroup();
        if (group[a] != null) {
          score[a] += groups.get(group[a]).scoreMean();
        }
      }
      // At most every applicant, in pairs: 3 applicants at share 1 make one couple and a single.
      int coupled = 2 * (int) Math.min(applicants / 2, Math.round(applicants * coupleShare / 2));
      List<Applicant> applicantList = new ArrayList<>(applicants);
      List<Couple> couples = new ArrayList<>();
      for (int a = coupled; a < applicants; a++) {
        int[] list = drawList(lengthOf(group[a]).sample(random), primaryPool());
        applicantList.add(new Applicant(applicantId(a), group[a], ids(list), supplementalLists(a, list)));
        for (int p : list) {
          rankedBy(p, a);
        }
      }
      for (int a = 0; a < coupled; a += 2) {
        couples.add(couple(a, group, applicantList));
      }
      addFocalApplicants(score, group, applicantList);
      List<Program> programList = new ArrayList<>(programs);
      for (int p = 0; p < programs; p++) {
        programList.add(new Program(programId(p), types[p], positionsOf[p],
            programRanking(p, score), reversions(p, positionsOf)));
      }
      return new Market(programList, applicantList, couples);
    }

    /**
     * Adds the focal applicants after everyone else, with indices from {@code applicants} on. Their
     * draws come from {@link #focalRandom} only.
     */
    private void addFocalApplicants(double[] score, String[] group, List<Applicant> applicantList) {
      boolean[] specialtyTaken = new boolean[specialties];
      for (int f = 0; f < focal.size(); f++) {
        FocalApplicant profile = focal.get(f);
        int a = applicants + f;
        group[a] = profile.group();
        score[a] = groups.get(profile.group()).scoreMean() + (Double.isNaN(profile.scorePercentile())
            ? focalRandom.nextGaussian() : NormalQuantile.of(profile.scorePercentile() / 100));
        int specialty = focalSpecialty(specialtyTaken);
        specialtyTaken[specialty] = true;
        int[] list = focalList(bySpecialty[specialty], profile.programPercentiles());
        for (int p : list) {
          rankedBy(p, a);
        }
        applicantList.add(new Applicant(profile.id(), profile.group(), ids(list), List.of()));
      }
    }

    /** A specialty drawn in proportion to its categorical programs, avoiding those already taken while others remain. */
    private int focalSpecialty(boolean[] taken) {
      int[] sizes = new int[specialties];
      int total = 0;
      int untaken = 0;
      for (int k = 0; k < specialties; k++) {
        int size = (int) Arrays.stream(bySpecialty[k]).filter(p -> types[p] == ProgramType.CATEGORICAL).count();
        sizes[k] = size;
        total += size;
        untaken += taken[k] ? 0 : size;
      }
      boolean avoid = untaken > 0;
      int pick = focalRandom.nextInt(Math.max(1, avoid ? untaken : total));
      for (int k = 0; k < specialties; k++) {
        if (avoid && taken[k]) {
          continue;
        }
        if (pick < sizes[k]) {
          return k;
        }
        pick -= sizes[k];
      }
      return 0;
    }

    /** The categorical programs of a pool, by decreasing quality. */
    private int[] categorical(int[] pool) {
      return Arrays.stream(pool).filter(p -> types[p] == ProgramType.CATEGORICAL).boxed()
          .sorted((x, y) -> Double.compare(quality[y], quality[x])).mapToInt(Integer::intValue).toArray();
    }

    /** For each percentile, the categorical program of the pool nearest to it and not taken yet. */
    private int[] focalList(int[] pool, List<Double> percentiles) {
      int[] byQuality = categorical(pool);
      int n = byQuality.length;
      boolean[] taken = new boolean[n];
      int[] list = new int[Math.min(n, percentiles.size())];
      for (int k = 0; k < list.length; k++) {
        int target = (int) Math.round((1 - percentiles.get(k) / 100) * (n - 1));
        int i = -1;
        for (int d = 0; i < 0; d++) { // the nearest free place, the more competitive side first
          if (target - d >= 0 && !taken[target - d]) {
            i = target - d;
          } else if (target + d < n && !taken[target + d]) {
            i = target + d;
          }
        }
        taken[i] = true;
        list[k] = byQuality[i];
      }
      return list;
    }

    /**
     * The programs a primary list is drawn from: preliminary ones for a PGY-1 seeker, otherwise
     * those of one specialty, drawn in proportion to its programs.
     */
    private int[] primaryPool() {
      boolean seeker = preliminaries.length > 0 && random.nextDouble() < preliminarySeekerShare;
      int nonPreliminary = programs - preliminaries.length;
      if (seeker || nonPreliminary == 0) {
        return preliminaries;
      }
      int pick = random.nextInt(nonPreliminary);
      for (int[] specialty : bySpecialty) {
        if (pick < specialty.length) {
          return specialty;
        }
        pick -= specialty.length;
      }
      throw new AssertionError("unreachable");
    }

    /** Records that applicant a ranks program p (on any of its lists). */
    private void rankedBy(int p, int a) {
      if (lastRankedBy[p] != a + 1) {
        lastRankedBy[p] = a + 1;
        if (rankedByCount[p] == rankedBy[p].length) {
          rankedBy[p] = Arrays.copyOf(rankedBy[p], 2 * rankedBy[p].length);
        }
        rankedBy[p][rankedByCount[p]++] = a;
      }
    }

    /** The list length distribution of an applicant of this group (null: no group). */
    private IntDistribution lengthOf(String group) {
      IntDistribution own = group == null ? null : groups.get(group).listLength();
      return own != null ? own : listLength;
    }

    private String drawGroup() {
      if (groups.isEmpty()) {
        return null;
      }
      double total = groups.values().stream().mapToDouble(Group::weight).sum();
      double u = random.nextDouble() * total;
      String last = null;
      for (Map.Entry<String, Group> entry : groups.entrySet()) {
        last = entry.getKey();
        u -= entry.getValue().weight();
        if (u < 0) {
          return last;
        }
      }
      return last;
    }

    /**
     * A rank order list of up to {@code length} programs: the best by utility of ⌈c·length⌉ drawn
     * uniformly from {@code pool} (all programs when null).
     */
    private int[] drawList(int length, int[] pool) {
      int poolSize = pool == null ? programs : pool.length;
      int candidates = (int) Math.min(poolSize, Math.ceil(candidateFactor * length));
      if (length == 0 || candidates == 0) {
        return new int[0];
      }
      int[] drawn = new int[candidates];
      double[] utility = new double[candidates];
      stampValue++;
      double noise = Math.sqrt(1 - programQualityWeight * programQualityWeight);
      for (int k = 0; k < candidates; k++) {
        int p;
        do {
          int i = random.nextInt(poolSize);
          p = pool == null ? i : pool[i];
        } while (stamp[p] == stampValue);
        stamp[p] = stampValue;
        drawn[k] = p;
        utility[k] = programQualityWeight * quality[p] + noise * random.nextGaussian();
      }
      return bestFirst(drawn, utility, Math.min(length, candidates));
    }

    private List<SupplementalList> supplementalLists(int a, int[] ranked) {
      List<String> advanced = new ArrayList<>();
      for (int p : ranked) {
        if (types[p] == ProgramType.ADVANCED) {
          advanced.add(programId(p));
        }
      }
      if (advanced.isEmpty() || preliminaries.length == 0 || random.nextDouble() >= supplementalShare) {
        return List.of();
      }
      int[] list = drawList(supplementalLength.sample(random), preliminaries);
      if (list.length == 0) {
        return List.of();
      }
      for (int p : list) {
        rankedBy(p, a);
      }
      return List.of(new SupplementalList(advanced, ids(list)));
    }

    private Couple couple(int first, String[] group, List<Applicant> applicantList) {
      int[] list1 = drawList(lengthOf(group[first]).sample(random), primaryPool());
      int[] list2 = drawList(lengthOf(group[first + 1]).sample(random), primaryPool());
      List<int[]> pairs = new ArrayList<>(); // {program of member 1, program of member 2}, -1 for none
      int keep = (int) Math.min((long) list1.length * list2.length,
          Math.round(couplePairFactor * (list1.length + list2.length)));
      for (int sum = 0; sum <= list1.length + list2.length - 2 && pairs.size() < keep; sum++) {
        for (int i = Math.max(0, sum - list2.length + 1); i <= Math.min(sum, list1.length - 1)
            && pairs.size() < keep; i++) {
          pairs.add(new int[] {list1[i], list2[sum - i]});
        }
      }
      if (list1.length > 0 && random.nextBoolean()) {
        pairs.add(new int[] {list1[0], -1});
      }
      if (list2.length > 0 && random.nextBoolean()) {
        pairs.add(new int[] {-1, list2[0]});
      }
      for (int m = 0; m < 2; m++) {
        int a = first + m;
        int[] side = distinctSide(pairs, m);
        for (int p : side) {
          rankedBy(p, a);
        }
        applicantList.add(new Applicant(applicantId(a), group[a], List.of(), supplementalLists(a, side)));
      }
      List<ProgramPair> pairIds = new ArrayList<>(pairs.size());
      for (int[] pair : pairs) {
        pairIds.add(new ProgramPair(pair[0] < 0 ? null : programId(pair[0]),
            pair[1] < 0 ? null : programId(pair[1])));
      }
      return new Couple("C" + (first / 2), applicantId(first), applicantId(first + 1), pairIds);
    }

    /** The programs on member m's side of the pairs, each once, in first-appearance order. */
    private int[] distinctSide(List<int[]> pairs, int m) {
      stampValue++;
      int[] side = new int[pairs.size()];
      int n = 0;
      for (int[] pair : pairs) {
        int p = pair[m];
        if (p >= 0 && stamp[p] != stampValue) {
          stamp[p] = stampValue;
          side[n++] = p;
        }
      }
      return Arrays.copyOf(side, n);
    }

    private List<String> programRanking(int p, double[] score) {
      int[] rankers = rankedBy[p];
      int n = rankedByCount[p];
      int keep = (int) Math.ceil(programRankShare * n);
      int[] who = new int[n];
      double[] utility = new double[n];
      double noise = Math.sqrt(1 - applicantScoreWeight * applicantScoreWeight);
      for (int k = 0; k < n; k++) {
        who[k] = rankers[k];
        SplittableRandom stream = who[k] >= applicants ? focalRandom : random;
        utility[k] = applicantScoreWeight * score[who[k]] + noise * stream.nextGaussian();
      }
      int[] best = bestFirst(who, utility, keep);
      List<String> ids = new ArrayList<>(best.length);
      for (int a : best) {
        ids.add(a >= applicants ? focal.get(a - applicants).id() : applicantId(a));
      }
      return ids;
    }

    private List<Reversion> reversions(int p, int[] positionsOf) {
      if (p == programs - 1 || positionsOf[p] == 0 || random.nextDouble() >= reversionShare) {
        return List.of();
      }
      int receiver = random.nextInt(p + 1, programs);
      return List.of(new Reversion(programId(receiver), random.nextInt(1, positionsOf[p] + 1)));
    }
  }

  /** The first {@code keep} items by decreasing utility (ties by draw order). */
  private static int[] bestFirst(int[] items, double[] utility, int keep) {
    int[] order = StableOrder.byDecreasing(utility);
    int[] best = new int[keep];
    for (int k = 0; k < keep; k++) {
      best[k] = items[order[k]];
    }
    return best;
  }

  private List<String> ids(int[] programs) {
    List<String> ids = new ArrayList<>(programs.length);
    for (int p : programs) {
      ids.add(programId(p));
    }
    return ids;
  }

  private String programId(int p) {
    return programIds[p];
  }

  private String applicantId(int a) {
    return applicantIds[a];
  }

  /** Ids made once, so that the lists of a large market share their strings. */
  private static String[] ids(String prefix, int count) {
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      ids[i] = prefix + i;
    }
    return ids;
  }

  /** An applicant group's settings. */
  private record Group(double weight, double scoreMean, IntDistribution listLength) {}

  /**
   * Settings of a {@link MarketGenerator}. Defaults give a market shaped like a scaled-down NRMP
   * main match without couples, advanced positions or reversions.
   */
  public static final class Builder {
    private int applicants = 1000;
    private int programs = -1;
    private IntDistribution positions = IntDistribution.uniform(1, 12);
    private IntDistribution listLength = IntDistribution.uniform(8, 16);
    private double candidateFactor = 3;
    private double programQualityWeight = 0.5;
    private double applicantScoreWeight = 0.5;
    private double programRankShare = 1;
    private double coupleShare = 0;
    private double couplePairFactor = 1;
    private double advancedShare = 0;
    private double preliminaryShare = 0;
    private double supplementalShare = 1;
    private IntDistribution supplementalLength = IntDistribution.uniform(2, 6);
    private double reversionShare = 0;
    private double preliminarySeekerShare = 0.05;
    private int specialties = 1;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<FocalApplicant> focal = new ArrayList<>();

    private Builder() {}

    /** Number of applicants, couple members included (default 1,000). */
    public Builder applicants(int applicants) {
      this.applicants = requireAtLeast("applicants", applicants, 0);
      return this;
    }

    /** Number of programs (default: 6,600 per 50,000 applicants, at least 1). */
    public Builder programs(int programs) {
      this.programs = requireAtLeast("programs", programs, 1);
      return this;
    }

    /** Positions per program (default uniform 1 to 12, a mean of 6.5 as in the NRMP). */
    public Builder positions(IntDistribution positions) {
      this.positions = Objects.requireNonNull(positions, "positions");
      return this;
    }

    /** Programs on each primary list and on each member's list of a couple (default uniform 8 to 16). */
    public Builder listLength(IntDistribution listLength) {
      this.listLength = Objects.requireNonNull(listLength, "listLength");
      return this;
    }

    /** Candidates drawn per list place, at least 1 (default 3); 1 makes lists uniform subsets. */
    public Builder candidateFactor(double candidateFactor) {
      if (!(candidateFactor >= 1)) {
        throw new IllegalArgumentException("candidateFactor must be ≥ 1, not " + candidateFactor);
      }
      this.candidateFactor = candidateFactor;
      return this;
    }

    /** Weight in [0, 1] of the common program quality in applicants' utilities (default 0.5). */
    public Builder programQualityWeight(double weight) {
      this.programQualityWeight = requireShare("programQualityWeight", weight);
      return this;
    }

    /** Weight in [0, 1] of the common applicant score in programs' utilities (default 0.5). */
    public Builder applicantScoreWeight(double weight) {
      this.applicantScoreWeight = requireShare("applicantScoreWeight", weight);
      return this;
    }

    /** Share in [0, 1] of the applicants who rank a program that it ranks back (default 1). */
    public Builder programRankShare(double share) {
      this.programRankShare = requireShare("programRankShare", share);
      return this;
    }

    /** Share in [0, 1] of applicants who are in couples (default 0). */
    public Builder coupleShare(double share) {
      this.coupleShare = requireShare("coupleShare", share);
      return this;
    }

    /**
     * Pairs a couple ranks, as a multiple of its two members' list lengths together, at least 1
     * (default 1; capped at the product of the lengths, every combination). Couples in the NRMP
     * rank far more pairs than either member would rank programs alone.
     */
    public Builder couplePairFactor(double factor) {
      if (!(factor >= 1) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("couplePairFactor must be ≥ 1 and finite, not " + factor);
      }
      this.couplePairFactor = factor;
      return this;
    }

    /** Shares in [0, 1] of advanced and of preliminary programs, summing to at most 1 (default 0, 0). */
    public Builder programTypeShares(double advanced, double preliminary) {
      requireShare("advanced share", advanced);
      requireShare("preliminary share", preliminary);
      if (advanced + preliminary > 1) {
        throw new IllegalArgumentException(
            "advanced and preliminary shares sum to " + (advanced + preliminary) + ", more than 1");
      }
      this.advancedShare = advanced;
      this.preliminaryShare = preliminary;
      return this;
    }

    /** Share in [0, 1] of applicants ranking advanced programs who submit a supplemental list (default 1). */
    public Builder supplementalShare(double share) {
      this.supplementalShare = requireShare("supplementalShare", share);
      return this;
    }

    /** Length of supplemental lists (default uniform 2 to 6). */
    public Builder supplementalLength(IntDistribution length) {
      this.supplementalLength = Objects.requireNonNull(length, "supplementalLength");
      return this;
    }

    /**
     * Share in [0, 1] of applicants who seek only a PGY-1 year and rank preliminary programs on
     * their primary lists (default 0.05; it matters only when there are preliminary programs).
     */
    public Builder preliminarySeekerShare(double share) {
      this.preliminarySeekerShare = requireShare("preliminarySeekerShare", share);
      return this;
    }

    /**
     * Number of specialties, at least 1 (default 1: one market). The NRMP main match has about 40;
     * a couple's members draw their specialties independently.
     */
    public Builder specialties(int specialties) {
      this.specialties = requireAtLeast("specialties", specialties, 1);
      return this;
    }

    /** Share in [0, 1] of programs with a reversion (default 0). */
    public Builder reversionShare(double share) {
      this.reversionShare = requireShare("reversionShare", share);
      return this;
    }

    /** Adds an applicant group with a relative weight (default: no groups). */
    public Builder group(String name, double weight) {
      return group(name, weight, 0, null);
    }

    /**
     * Adds an applicant group with a relative weight, a mean added to its members' common score
     * (programs rank higher scores higher, as far as {@link #applicantScoreWeight} says) and its own
     * list length distribution (null: {@link #listLength}).
     */
    public Builder group(String name, double weight, double scoreMean, IntDistribution listLength) {
      Objects.requireNonNull(name, "name");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("group weight must be positive and finite, not " + weight);
      }
      if (!Double.isFinite(scoreMean)) {
        throw new IllegalArgumentException("group score mean must be finite, not " + scoreMean);
      }
      groups.put(name, new Group(weight, scoreMean, listLength));
      return this;
    }

    /**
     * Adds a focal applicant to every market drawn, after the others; its group must have been
     * added with {@link #group}. See {@link FocalApplicant}.
     */
    public Builder focalApplicant(FocalApplicant applicant) {
      Objects.requireNonNull(applicant, "applicant");
      if (focal.stream().anyMatch(f -> f.id().equals(applicant.id()))) {
        throw new IllegalArgumentException("two focal applicants are called '" + applicant.id() + "'");
      }
      focal.add(applicant);
      return this;
    }

    /** The generator. */
    public MarketGenerator build() {
      for (FocalApplicant f : focal) {
        if (!groups.containsKey(f.group())) {
          throw new IllegalArgumentException("focal applicant " + f.id() + " is in group '" + f.group()
              + "', which is not one of the groups " + groups.keySet());
        }
      }
      return new MarketGenerator(this);
    }

    private static int requireAtLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be ≥ " + min + ", not " + value);
      }
      return value;
    }

    private static double requireShare(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be in [0, 1], not " + value);
      }
      return value;
    }
  }
}

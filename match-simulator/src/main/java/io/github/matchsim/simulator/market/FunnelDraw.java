package io.github.matchsim.simulator.market;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.SupplementalList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One draw of {@link NationalMarketModel}: programs, applicants, applications, interviews, then
 * rank order lists, in that order, from one seeded stream. Everything is held in int and double
 * arrays by index; ids are made once, at the end.
 */
final class FunnelDraw {
  private static final NrmpGroup[] GROUPS = NrmpGroup.values();
  private static final Region[] REGIONS = Region.values();

  private final NationalMarketModel model;
  private final SplittableRandom random;
  /** Draws of the focal applicants, apart from the main stream so that the rest of the market is as without them. */
  private final SplittableRandom focalRandom;
  /**
   * Seeds of the noises that concern one applicant and one program (see {@link #noise}): its taste
   * for the program, and how the program perceives it when inviting and when ranking. They are
   * hashes, not draws from the stream, so that neither asking twice nor adding an applicant
   * changes what is drawn for the others.
   */
  private final long tasteSeed;
  private final long inviteSeed;
  private final long rankSeed;
  private final long answerSeed;

  // Programs, by index.
  private int programCount;
  private int[] specialtyOf;
  private ProgramType[] typeOf;
  private Region[] regionOf;
  private double[] standing;
  private int[] positions;
  private boolean[] acceptsJ1;
  private boolean[] sponsorsH1B;
  /** Per specialty, its programs. */
  private int[][] programsOf;

  // Applicants, by index: the drawn ones, then the focal ones.
  private int applicantCount;
  private int drawnCount;
  private NrmpGroup[] groupOf;
  private double[] strength;
  private Region[] homeOf;
  private Visa[] visaOf;
  private int[] preferred;
  private int[] backup;
  private int[] partnerOf;
  private int[] applicationCount;

  FunnelDraw(NationalMarketModel model, long seed) {
    this.model = model;
    this.random = new SplittableRandom(seed);
    this.focalRandom = new SplittableRandom(mix(seed ^ 0xF0CA1L));
    this.tasteSeed = mix(seed ^ 0x7A57E5EEDL);
    this.inviteSeed = mix(seed ^ 0x1A717EL);
    this.rankSeed = mix(seed ^ 0x5A4CL);
    this.answerSeed = mix(seed ^ 0xA45E4L);
  }

  SimulatedMarket draw() {
    drawPrograms();
    drawApplicants();
    int[][] applied = applications();
    int[][] interviewed = interviews(applied);
    return rankOrderLists(interviewed);
  }

  // ---- programs ----

  private void drawPrograms() {
    List<Specialty> specialties = model.specialties;
    int total = 0;
    int[] counts = new int[specialties.size()];
    for (int s = 0; s < counts.length; s++) {
      counts[s] = Math.max(1, (int) Math.round(specialties.get(s).programs() * model.scale));
      total += counts[s];
    }
    programCount = total;
    specialtyOf = new int[total];
    typeOf = new ProgramType[total];
    regionOf = new Region[total];
    standing = new double[total];
    positions = new int[total];
    acceptsJ1 = new boolean[total];
    sponsorsH1B = new boolean[total];
    programsOf = new int[specialties.size()][];
    int p = 0;
    for (int s = 0; s < counts.length; s++) {
      Specialty specialty = specialties.get(s);
      programsOf[s] = new int[counts[s]];
      int advanced = (int) Math.round(specialty.advancedShare() * counts[s]);
      int seats = Math.max(counts[s], (int) Math.round(specialty.positions() * model.scale));
      int[] sizes = shareOut(seats, counts[s]);
      for (int k = 0; k < counts[s]; k++, p++) {
        programsOf[s][k] = p;
        specialtyOf[p] = s;
        typeOf[p] = switch (specialty.kind()) {
          case PRELIMINARY -> ProgramType.PRELIMINARY;
          case TRANSITIONAL -> ProgramType.TRANSITIONAL;
          default -> k < advanced ? ProgramType.ADVANCED : ProgramType.CATEGORICAL;
        };
        regionOf[p] = region();
        standing[p] = random.nextGaussian();
        positions[p] = sizes[k];
        // Internal medicine programs: 63.7% accept J-1, 22% sponsor H-1B (J Grad Med Educ 2022);
        // assumed for every specialty. A program that sponsors H-1B is taken to accept J-1 too.
        sponsorsH1B[p] = random.nextDouble() < model.h1bSponsored;
        acceptsJ1[p] = sponsorsH1B[p] || random.nextDouble() < (model.j1Accepted - model.h1bSponsored) / (1 - model.h1bSponsored);
      }
    }
  }

  /** {@code seats} shared among {@code n} programs, at least one each, the rest at random (sizes vary as a multinomial). */
  private int[] shareOut(int seats, int n) {
    int[] sizes = new int[n];
    Arrays.fill(sizes, 1);
    for (int extra = seats - n; extra > 0; extra--) {
      sizes[random.nextInt(n)]++;
    }
    return sizes;
  }

  private Region region() {
    return region(random);
  }

  /** A region drawn by share from {@code rng}. */
  private static Region region(SplittableRandom rng) {
    double u = rng.nextDouble();
    for (Region region : REGIONS) {
      u -= region.share();
      if (u < 0) {
        return region;
      }
    }
    return REGIONS[REGIONS.length - 1];
  }

  // ---- applicants ----

  private void drawApplicants() {
    drawnCount = Math.max(2, (int) Math.round(NationalMarketModel.APPLICANTS_2025 * model.scale));
    applicantCount = drawnCount + model.focal.size();
    groupOf = new NrmpGroup[applicantCount];
    strength = new double[applicantCount];
    homeOf = new Region[applicantCount];
    visaOf = new Visa[applicantCount];
    preferred = new int[applicantCount];
    backup = new int[applicantCount];
    partnerOf = new int[applicantCount];
    applicationCount = new int[applicantCount];
    Arrays.fill(partnerOf, -1);
    double totalWeight = 0;
    for (NrmpGroup group : GROUPS) {
      totalWeight += model.groupWeights.getOrDefault(group, 0.0);
    }
    double[] preferenceWeight = new double[model.specialties.size()];
    double[] backupWeight = new double[model.specialties.size()];
    for (int s = 0; s < preferenceWeight.length; s++) {
      Specialty specialty = model.specialties.get(s);
      // The PGY-1-year specialties are applied to alongside another, never preferred alone.
      preferenceWeight[s] = specialty.kind().isPgy1Year() ? 0 : specialty.applicants();
      // A backup is a specialty with room: its positions weighted down by its demand.
      backupWeight[s] = specialty.kind().isPgy1Year() ? 0 : specialty.positions() / specialty.demand();
    }
    for (int a = 0; a < drawnCount; a++) {
      groupOf[a] = drawGroup(totalWeight);
      strength[a] = model.strengthMeans.getOrDefault(groupOf[a], 0.0) + random.nextGaussian();
      homeOf[a] = region();
      visaOf[a] = Visa.NONE;
      if (groupOf[a] == NrmpGroup.NON_US_IMG) { // assumed shares of visa needs among non-US IMGs
        double u = random.nextDouble();
        visaOf[a] = u < model.j1Share ? Visa.J1 : u < model.j1Share + model.h1bShare ? Visa.H1B : Visa.NONE;
      }
      preferred[a] = pick(preferenceWeight);
      backup[a] = random.nextDouble() < model.backupShare ? pick(backupWeight) : -1;
      if (backup[a] == preferred[a]) {
        backup[a] = -1;
      }
    }
    // Couples: US MD and DO seniors, paired in the order drawn (assumed: the couples match is
    // mostly of US seniors); partners share a home region and, for simplicity, prefer
    // specialties without advanced programs (assumed).
    int pairs = 0;
    int waiting = -1;
    for (int a = 0; a < drawnCount && pairs < model.couples; a++) {
      if (groupOf[a] != NrmpGroup.US_MD && groupOf[a] != NrmpGroup.US_DO) {
        continue;
      }
      if (waiting < 0) {
        waiting = a;
        continue;
      }
      partnerOf[waiting] = a;
      partnerOf[a] = waiting;
      homeOf[a] = homeOf[waiting];
      for (int member : new int[] {waiting, a}) {
        while (model.specialties.get(preferred[member]).kind() == Specialty.Kind.WITH_ADVANCED) {
          preferred[member] = pick(preferenceWeight);
        }
        backup[member] = -1;
      }
      waiting = -1;
      pairs++;
    }
    for (int f = 0; f < model.focal.size(); f++) {
      placeFocal(drawnCount + f, model.focal.get(f));
    }
  }

  /** A focal applicant: its strength at its percentile of its group's drawn strengths, a home region of its own stream. */
  private void placeFocal(int a, FocalApplicant focal) {
    groupOf[a] = focal.group();
    double[] peers = new double[drawnCount];
    int n = 0;
    for (int b = 0; b < drawnCount; b++) {
      if (groupOf[b] == focal.group()) {
        peers[n++] = strength[b];
      }
    }
    double mean = model.strengthMeans.getOrDefault(focal.group(), 0.0);
    if (n == 0) {
      strength[a] = mean; // no peers in a tiny market: the group's mean
    } else {
      peers = Arrays.copyOf(peers, n);
      Arrays.sort(peers);
      strength[a] = peers[(int) Math.min(n - 1, Math.floor(focal.standingPercentile() / 100 * n))];
    }
    homeOf[a] = region(focalRandom);
    visaOf[a] = focal.visa();
    preferred[a] = specialtyIndex(focal.specialty());
    backup[a] = -1;
    partnerOf[a] = -1;
  }

  private int specialtyIndex(String name) {
    for (int s = 0; s < model.specialties.size(); s++) {
      if (model.specialties.get(s).name().equals(name)) {
        return s;
      }
    }
    throw new IllegalStateException("no specialty " + name); // the model's builder checked it
  }

  private NrmpGroup drawGroup(double total) {
    double u = random.nextDouble() * total;
    for (NrmpGroup group : GROUPS) {
      u -= model.groupWeights.getOrDefault(group, 0.0);
      if (u < 0) {
        return group;
      }
    }
    return GROUPS[GROUPS.length - 1];
  }

  private int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0 && weights[i] > 0) {
        return i;
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    throw new IllegalStateException("no specialty can be preferred");
  }

  // ---- applications ----

  /** The programs by pool, region and visa, sorted by standing; made with the applications. */
  private Pools pools;

  /** Per applicant, the programs it applied to. */
  private int[][] applications() {
    int specialties = model.specialties.size();
    List<Integer> pgy1Specialties = new ArrayList<>();
    for (int s = 0; s < specialties; s++) {
      if (model.specialties.get(s).kind().isPgy1Year()) {
        pgy1Specialties.add(s);
      }
    }
    int[][] poolPrograms = new int[specialties + 1][]; // each specialty, then the PGY-1 years together
    System.arraycopy(programsOf, 0, poolPrograms, 0, specialties);
    poolPrograms[specialties] = pgy1Specialties.stream().flatMapToInt(s -> Arrays.stream(programsOf[s])).toArray();
    pools = new Pools(poolPrograms);
    int[][] applied = new int[applicantCount][];
    int[] stamp = new int[programCount];
    for (int a = 0; a < applicantCount; a++) {
      FocalApplicant focal = a < drawnCount ? null : model.focal.get(a - drawnCount);
      if (focal != null && focal.comesWithInterviews()) {
        applied[a] = new int[0];
        continue;
      }
      SplittableRandom rng = focal == null ? random : focalRandom;
      double mean = model.applications.getOrDefault(groupOf[a], 50.0);
      int total = focal != null ? focal.applications()
          : Math.max(1, (int) Math.round(mean * Math.exp(model.applicationSpread * random.nextGaussian()
          - model.applicationSpread * model.applicationSpread / 2)));
      boolean advanced = model.specialties.get(preferred[a]).kind() == Specialty.Kind.WITH_ADVANCED;
      int toPgy1 = focal != null && focal.pgy1Applications() >= 0 ? focal.pgy1Applications()
          : advanced ? (int) Math.round(total * model.pgy1ApplicationShare) : 0;
      int toBackup = backup[a] >= 0 ? (int) Math.round((total - toPgy1) * 0.3) : 0;
      int toPreferred = total - toPgy1 - toBackup;
      IntList chosen = new IntList(total);
      pools.choose(a, preferred[a], toPreferred, chosen, stamp, rng);
      if (toBackup > 0) {
        pools.choose(a, backup[a], toBackup, chosen, stamp, rng);
      }
      if (toPgy1 > 0) {
        pools.choose(a, specialties, toPgy1, chosen, stamp, rng);
      }
      applied[a] = chosen.toArray();
      applicationCount[a] = applied[a].length;
    }
    return applied;
  }

  /**
   * The programs an applicant may apply to, by pool (a specialty, or the PGY-1 years), region and
   * visa, each sorted by standing. An application aims at a standing drawn around the applicant's
   * own (a normal of width {@code aimWidth} around its strength less 1: applicants aim a bit above
   * and below) and goes to the program nearest that standing not yet applied to, in a region drawn
   * by share, the home region {@code homeRegionWeight} times as likely; visa-restricted applicants
   * apply only where their visa is accepted.
   */
  private final class Pools {
    /** [pool][region][visa]: programs sorted by standing, and their standings. */
    private final int[][][][] programs;
    private final double[][][][] standings;
    /**
     * Where each list's places start in the skip arrays below, which let the search for the nearest
     * program not yet applied to jump over runs of programs already applied to instead of
     * stepping through them (an IMG's 120 applications cluster around its aim). A skip pointer
     * of place i is valid for the applicant whose mark it carries: all places from i up to (or
     * down to) it were taken by that applicant when it was written, and places are only ever
     * taken, so it stays valid while that applicant applies.
     */
    private final int[][][] base;
    private final int[] skipRight;
    private final int[] skipRightMark;
    private final int[] skipLeft;
    private final int[] skipLeftMark;

    Pools(int[][] poolPrograms) {
      int visas = Visa.values().length;
      programs = new int[poolPrograms.length][REGIONS.length][visas][];
      standings = new double[poolPrograms.length][REGIONS.length][visas][];
      base = new int[poolPrograms.length][REGIONS.length][visas];
      int places = 0;
      for (int q = 0; q < poolPrograms.length; q++) {
        for (Region region : REGIONS) {
          for (Visa visa : Visa.values()) {
            int[] members = Arrays.stream(poolPrograms[q])
                .filter(p -> regionOf[p] == region && visaAccepted(p, visa)).toArray();
            double[] level = new double[members.length];
            for (int k = 0; k < members.length; k++) {
              level[k] = -standing[members[k]];
            }
            int[] sorted = byDecreasing(members, level); // increasing standing
            double[] sortedLevel = new double[sorted.length];
            for (int k = 0; k < sorted.length; k++) {
              sortedLevel[k] = standing[sorted[k]];
            }
            programs[q][region.ordinal()][visa.ordinal()] = sorted;
            standings[q][region.ordinal()][visa.ordinal()] = sortedLevel;
            base[q][region.ordinal()][visa.ordinal()] = places;
            places += sorted.length;
          }
        }
      }
      skipRight = new int[places];
      skipRightMark = new int[places];
      skipLeft = new int[places];
      skipLeftMark = new int[places];
    }

    /** Adds up to {@code count} programs of pool q to a's applications, marking each {@code stamp[p] = a + 1}. */
    void choose(int a, int q, int count, IntList chosen, int[] stamp, SplittableRandom random) {
      int visa = visaOf[a].ordinal();
      int[] left = new int[REGIONS.length];
      double[] weight = new double[REGIONS.length];
      for (Region region : REGIONS) {
        int r = region.ordinal();
        // The pools an applicant applies to are disjoint (its specialty, its backup, the PGY-1
        // years), so none of this pool's programs has its application yet.
        left[r] = programs[q][r][visa].length;
        weight[r] = region.share() * (region == homeOf[a] ? model.homeRegionWeight : 1);
      }
      double aim = strength[a] - 1;
      for (int n = 0; n < count; n++) {
        double total = 0;
        for (int r = 0; r < left.length; r++) {
          total += left[r] > 0 ? weight[r] : 0;
        }
        if (total == 0) {
          return; // every eligible program has the application
        }
        double u = random.nextDouble() * total;
        int r = 0;
        while (left[r] == 0 || (u -= weight[r]) >= 0) {
          r++;
          if (r == left.length) { // rounding: the last region with programs left
            r = left.length - 1;
            while (left[r] == 0) {
              r--;
            }
            break;
          }
        }
        int p = nearestUntaken(programs[q][r][visa], standings[q][r][visa], base[q][r][visa],
            aim + model.aimWidth * random.nextGaussian(), stamp, a + 1);
        stamp[p] = a + 1;
        left[r]--;
        chosen.add(p);
      }
    }

    /** The program of {@code sorted} whose standing is nearest {@code target} among those not stamped {@code mark}. */
    private int nearestUntaken(int[] sorted, double[] level, int base, double target, int[] stamp, int mark) {
      int right = firstNotBelow(level, target);
      int left = untakenLeft(sorted, base, right - 1, stamp, mark);
      right = untakenRight(sorted, base, right, stamp, mark);
      if (left < 0) {
        return sorted[right];
      }
      if (right >= sorted.length || target - level[left] <= level[right] - target) {
        return sorted[left];
      }
      return sorted[right];
    }

    /**
     * Where {@link Arrays#binarySearch(double[], double)} puts {@code target} in {@code level}: the
     * first place whose level is not below it, searched without branches the processor must guess
     * (a draw makes millions of these searches, and a guessed branch is wrong half the time). A level
     * equal to the target, which a continuous draw all but never gives, is left to the library's
     * search, so the place is always the same.
     */
    private static int firstNotBelow(double[] level, double target) {
      if (level.length == 0) {
        return 0;
      }
      int low = 0; // every level before low is below the target
      int length = level.length;
      while (length > 1) {
        int half = length >>> 1;
        low = level[low + half] < target ? low + half : low;
        length -= half;
      }
      int place = level[low] < target ? low + 1 : low;
      if (place < level.length && level[place] == target) {
        int found = Arrays.binarySearch(level, target);
        return found >= 0 ? found : -found - 1;
      }
      return place;
    }

    /** The first place at or after i not taken by {@code mark} (or the list's length), compressing the path. */
    private int untakenRight(int[] sorted, int base, int i, int[] stamp, int mark) {
      int j = i;
      while (j < sorted.length && stamp[sorted[j]] == mark) {
        j = skipRightMark[base + j] == mark ? skipRight[base + j] : j + 1;
      }
      for (int k = i; k < j; ) { // every place from i to j is taken: point them all at j
        int next = skipRightMark[base + k] == mark ? skipRight[base + k] : k + 1;
        skipRight[base + k] = j;
        skipRightMark[base + k] = mark;
        k = next;
      }
      return j;
    }

    /** The last place at or before i not taken by {@code mark} (or -1), compressing the path. */
    private int untakenLeft(int[] sorted, int base, int i, int[] stamp, int mark) {
      int j = i;
      while (j >= 0 && stamp[sorted[j]] == mark) {
        j = skipLeftMark[base + j] == mark ? skipLeft[base + j] : j - 1;
      }
      for (int k = i; k > j; ) {
        int next = skipLeftMark[base + k] == mark ? skipLeft[base + k] : k - 1;
        skipLeft[base + k] = j;
        skipLeftMark[base + k] = mark;
        k = next;
      }
      return j;
    }
  }

  private boolean visaAccepted(int p, Visa visa) {
    return switch (visa) {
      case NONE -> true;
      case J1 -> acceptsJ1[p];
      case H1B -> sponsorsH1B[p];
    };
  }

  // ---- interviews ----

  /**
   * Per applicant, the programs that interviewed it. Programs invite their applicants by perceived
   * strength, {@code overInvite} times their interview slots; applicants accept the invitations
   * they like best up to {@code interviewLimit}; programs then invite once more to fill the slots
   * declined.
   */
  private int[][] interviews(int[][] applied) {
    int[][] applicants = inverted(applied); // per program, who applied
    // Per program, its applicants in the order it invites them: by perceived strength, less, with
    // a yield penalty, how far the applicant stands above the program's own level (its standing
    // plus 1, where applicants who aim at it stand): a program does not spend interviews on
    // applicants it will not get.
    int[][] byPerception = new int[programCount][];
    for (int p = 0; p < programCount; p++) {
      int[] who = applicants[p];
      // Only the first invitations' worth is ever read: the first round's, then a round's slots each.
      int slotsOfP = (int) Math.ceil(positions[p] * model.interviewsPerPosition);
      long invitable = (long) Math.ceil(slotsOfP * model.overInvite) + (long) (model.invitationRounds - 1) * slotsOfP;
      double[] perceived = new double[who.length];
      for (int k = 0; k < who.length; k++) {
        double above = Math.max(0, strength[who[k]] - (standing[p] + 1));
        perceived[k] = strength[who[k]] + model.perceptionNoise * noise(inviteSeed, who[k], p) - model.yieldPenalty * above;
      }
      byPerception[p] = byDecreasing(who, perceived, (int) Math.min(who.length, invitable));
    }
    int[] accepted = new int[applicantCount];
    IntList[] interviews = new IntList[applicantCount];
    for (int a = 0; a < applicantCount; a++) {
      interviews[a] = new IntList(model.interviewLimit);
    }
    int[] slots = new int[programCount];
    int[] nextInvite = new int[programCount];
    for (int p = 0; p < programCount; p++) {
      slots[p] = (int) Math.ceil(positions[p] * model.interviewsPerPosition);
    }
    for (int round = 0; round < model.invitationRounds; round++) {
      // Invitations of this round, per applicant.
      IntList[] invited = new IntList[applicantCount];
      for (int p = 0; p < programCount; p++) {
        int open = slots[p];
        int send = round == 0 ? (int) Math.ceil(open * model.overInvite) : open;
        for (int i = 0; i < send && nextInvite[p] < byPerception[p].length; i++) {
          int a = byPerception[p][nextInvite[p]++];
          if (invited[a] == null) {
            invited[a] = new IntList(8);
          }
          invited[a].add(p);
        }
      }
      // Applicants answer in an order drawn afresh each round, so that no applicant's place in the
      // market's order decides who gets the last slots (answering in index order favoured the first).
      for (int a : answerOrder(round)) {
        if (invited[a] == null) {
          continue;
        }
        int[] offers = invited[a].toArray();
        double[] like = new double[offers.length];
        for (int k = 0; k < offers.length; k++) {
          like[k] = appeal(a, offers[k]);
        }
        for (int p : byDecreasing(offers, like)) {
          if (accepted[a] < model.interviewLimit && slots[p] > 0) {
            accepted[a]++;
            slots[p]--;
            interviews[a].add(p);
          }
        }
      }
    }
    int[][] result = new int[applicantCount][];
    for (int a = 0; a < applicantCount; a++) {
      result[a] = interviews[a].toArray();
    }
    for (int f = 0; f < model.focal.size(); f++) {
      if (model.focal.get(f).comesWithInterviews()) {
        result[drawnCount + f] = heldInterviews(drawnCount + f, model.focal.get(f));
      }
    }
    return result;
  }

  /** Per program, the applicants whose lists hold it, in increasing order: the lists inverted by counting. */
  private int[][] inverted(int[][] lists) {
    int[] count = new int[programCount];
    for (int[] list : lists) {
      for (int p : list) {
        count[p]++;
      }
    }
    int[][] holders = new int[programCount][];
    for (int p = 0; p < programCount; p++) {
      holders[p] = new int[count[p]];
    }
    int[] filled = new int[programCount];
    for (int a = 0; a < lists.length; a++) {
      for (int p : lists[a]) {
        holders[p][filled[p]++] = a;
      }
    }
    return holders;
  }

  /** The applicants in the order they answer invitations in this round: by a hash of (seed, round, applicant). */
  private int[] answerOrder(int round) {
    int[] all = new int[applicantCount];
    double[] key = new double[applicantCount];
    for (int a = 0; a < applicantCount; a++) {
      all[a] = a;
      key[a] = noise(answerSeed, a, round);
    }
    return byDecreasing(all, key);
  }

  /**
   * The interviews a focal applicant comes with: for each percentile in its order, the program of
   * its specialty that takes its visa, in any region, whose standing stands at that percentile,
   * or the nearest one not yet taken. They take no interview slot from anyone.
   */
  private int[] heldInterviews(int a, FocalApplicant focal) {
    int q = preferred[a];
    int visa = visaOf[a].ordinal();
    int eligible = 0;
    for (int[][] region : pools.programs[q]) {
      eligible += region[visa].length;
    }
    int[] sorted = new int[eligible];
    double[] level = new double[eligible];
    int n = 0;
    for (int[][] region : pools.programs[q]) {
      for (int p : region[visa]) {
        sorted[n++] = p;
      }
    }
    for (int k = 0; k < n; k++) {
      level[k] = -standing[sorted[k]];
    }
    sorted = byDecreasing(sorted, level); // increasing standing
    boolean[] taken = new boolean[n];
    IntList held = new IntList(focal.interviews().size());
    for (double percentile : focal.interviews()) {
      if (held.size() == n) {
        break; // the list is longer than the programs that take the visa
      }
      int at = (int) Math.round(percentile / 100 * (n - 1));
      int k = at;
      for (int step = 1; taken[k]; step++) { // the nearest not taken, below first on a tie
        if (at - step >= 0 && !taken[at - step]) {
          k = at - step;
        } else if (at + step < n && !taken[at + step]) {
          k = at + step;
        }
      }
      taken[k] = true;
      held.add(sorted[k]);
    }
    return held.toArray();
  }

  /** How much applicant a likes program p: its standing, its region, and a taste of a's own. */
  private double appeal(int a, int p) {
    return standing[p] + (regionOf[p] == homeOf[a] ? 0.5 : 0) + model.tasteNoise * taste(a, p);
  }

  /**
   * Applicant a's own taste for program p, a standard normal that is the same every time it is
   * asked for: a's choice of interviews and its rank order list come from one opinion of each
   * program. It is a hash of (seed, a, p), not a draw from the stream, so that asking does not
   * change what is drawn next and no table of applicants by programs is needed.
   */
  double taste(int a, int p) {
    return noise(tasteSeed, a, p);
  }

  /** A standard normal that is a function of (seed, a, p): the same each time, independent across pairs. */
  private static double noise(long seed, int a, int p) {
    long h = mix(seed + 0x9E3779B97F4A7C15L * (((long) a << 32) | p));
    long g = mix(h);
    double u1 = ((h >>> 11) + 1) * 0x1.0p-53; // (0, 1]
    double u2 = (g >>> 11) * 0x1.0p-53; // [0, 1)
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2); // Box and Muller
  }

  /** The finaliser of SplitMix64 (Steele, Lea and Flood 2014): a good 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ---- rank order lists ----

  private SimulatedMarket rankOrderLists(int[][] interviewed) {
    String[] programIds = new String[programCount];
    for (int p = 0; p < programCount; p++) {
      programIds[p] = id('P', p, 5);
    }
    String[] applicantIds = new String[applicantCount];
    for (int a = 0; a < applicantCount; a++) {
      applicantIds[a] = a < drawnCount ? id('A', a, 6) : model.focal.get(a - drawnCount).id();
    }
    // Applicants' order of the programs that interviewed them.
    int[][] ranked = new int[applicantCount][];
    for (int a = 0; a < applicantCount; a++) {
      if (a >= drawnCount && model.focal.get(a - drawnCount).comesWithInterviews()) {
        ranked[a] = interviewed[a]; // in the order the applicant gave
        continue;
      }
      double[] like = new double[interviewed[a].length];
      for (int k = 0; k < like.length; k++) {
        like[k] = appeal(a, interviewed[a][k]);
      }
      ranked[a] = byDecreasing(interviewed[a], like);
    }
    // Programs rank a share of their interviewees, by perceived strength.
    int[][] interviewees = inverted(interviewed);
    List<Program> programs = new ArrayList<>(programCount);
    List<SimulatedMarket.ProgramProfile> programProfiles = new ArrayList<>(programCount);
    for (int p = 0; p < programCount; p++) {
      int[] who = interviewees[p];
      double[] perceived = new double[who.length];
      for (int k = 0; k < who.length; k++) {
        perceived[k] = strength[who[k]] + model.perceptionNoise * noise(rankSeed, who[k], p);
      }
      int[] order = byDecreasing(who, perceived);
      int keep = (int) Math.ceil(model.programRankShare * order.length);
      List<String> list = new ArrayList<>(keep);
      for (int k = 0; k < keep; k++) {
        list.add(applicantIds[order[k]]);
      }
      programs.add(new Program(programIds[p], typeOf[p], positions[p], list));
      programProfiles.add(new SimulatedMarket.ProgramProfile(programIds[p], model.specialties.get(specialtyOf[p]).name(),
          regionOf[p], standing[p], acceptsJ1[p], sponsorsH1B[p]));
    }
    List<Applicant> applicants = new ArrayList<>(applicantCount);
    List<Couple> couples = new ArrayList<>();
    List<SimulatedMarket.ApplicantProfile> applicantProfiles = new ArrayList<>(applicantCount);
    for (int a = 0; a < applicantCount; a++) {
      List<String> primary = new ArrayList<>();
      List<String> pgy1 = new ArrayList<>();
      List<String> advanced = new ArrayList<>();
      for (int p : ranked[a]) {
        if (typeOf[p].isPgy1Year()) {
          pgy1.add(programIds[p]);
        } else {
          primary.add(programIds[p]);
          if (typeOf[p] == ProgramType.ADVANCED) {
            advanced.add(programIds[p]);
          }
        }
      }
      List<SupplementalList> supplemental = List.of();
      if (!advanced.isEmpty() && !pgy1.isEmpty()) {
        supplemental = List.of(new SupplementalList(advanced, pgy1));
      } else if (advanced.isEmpty()) {
        primary.addAll(pgy1); // a PGY-1 year alone, below the categorical programs (assumed)
      }
      if (partnerOf[a] >= 0) {
        if (partnerOf[a] > a) {
          couples.add(new Couple(id('C', couples.size(), 5), applicantIds[a], applicantIds[partnerOf[a]],
              pairs(ranked[a], ranked[partnerOf[a]], programIds)));
        }
        primary = List.of();
        supplemental = List.of();
      }
      applicants.add(new Applicant(applicantIds[a], groupOf[a].label(), primary, supplemental));
      List<String> interviews = new ArrayList<>(ranked[a].length);
      for (int p : ranked[a]) {
        interviews.add(programIds[p]);
      }
      applicantProfiles.add(new SimulatedMarket.ApplicantProfile(applicantIds[a], groupOf[a], strength[a], homeOf[a],
          visaOf[a], model.specialties.get(preferred[a]).name(), applicationCount[a], interviews));
    }
    return new SimulatedMarket(new Market(programs, applicants, couples), applicantProfiles, programProfiles);
  }

  /** An id such as {@code P00042}: a letter and the index zero-padded to {@code digits} (String.format costs a microsecond each). */
  static String id(char letter, int index, int digits) {
    String number = Integer.toString(index);
    StringBuilder id = new StringBuilder(1 + Math.max(digits, number.length())).append(letter);
    for (int pad = digits - number.length(); pad > 0; pad--) {
      id.append('0');
    }
    return id.append(number).toString();
  }

  /**
   * A couple's pairs: every pair of its members' interviews in one region (partners train where
   * they can live together; both apply in every region, like singles), best sum of ranks first (a
   * member's first choice counts 0, its second 1, ...), then each member's programs with the other
   * unmatched, in the member's order. Both members in one program is a pair like any other.
   */
  private List<ProgramPair> pairs(int[] first, int[] second, String[] programIds) {
    List<int[]> pairs = new ArrayList<>();
    for (int sum = 0; sum <= first.length + second.length - 2 && pairs.size() < model.couplePairs; sum++) {
      for (int i = Math.max(0, sum - second.length + 1); i <= Math.min(sum, first.length - 1) && pairs.size() < model.couplePairs; i++) {
        if (regionOf[first[i]] == regionOf[second[sum - i]]) {
          pairs.add(new int[] {first[i], second[sum - i]});
        }
      }
    }
    List<ProgramPair> list = new ArrayList<>(pairs.size() + first.length + second.length);
    for (int[] pair : pairs) {
      list.add(new ProgramPair(programIds[pair[0]], programIds[pair[1]]));
    }
    for (int i = 0; i < Math.max(first.length, second.length); i++) {
      if (i < first.length) {
        list.add(new ProgramPair(programIds[first[i]], null));
      }
      if (i < second.length) {
        list.add(new ProgramPair(null, programIds[second[i]]));
      }
    }
    return list;
  }

  /**
   * The items by decreasing key (compared as floats), ties in the given order: each key's sortable
   * float bits and its index packed into one long, sorted as primitives (boxing the indices for a
   * comparator sort cost a quarter of a draw).
   */
  static int[] byDecreasing(int[] items, double[] key) {
    return byDecreasing(items, key, items.length);
  }

  /**
   * The first {@code first} items of {@link #byDecreasing(int[], double[])}, found by selecting
   * them (Hoare's quickselect) and sorting only those: the same items in the same order, since
   * no two packed keys are equal.
   */
  static int[] byDecreasing(int[] items, double[] key, int first) {
    long[] packed = new long[items.length];
    for (int k = 0; k < items.length; k++) {
      int bits = Float.floatToIntBits((float) key[k]);
      int ascending = bits ^ ((bits >> 31) & 0x7fffffff); // orders as the floats do
      packed[k] = ((long) ~ascending << 32) | k; // largest key first, then by index
    }
    if (first < packed.length) {
      selectSmallest(packed, first);
    }
    Arrays.sort(packed, 0, first);
    int[] sorted = new int[first];
    for (int k = 0; k < sorted.length; k++) {
      sorted[k] = items[(int) packed[k]];
    }
    return sorted;
  }

  /** Rearranges distinct values so that the {@code k} smallest come first, in some order (quickselect). */
  static void selectSmallest(long[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long pivot = median(values[lo], values[mid], values[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) { // Hoare's partition: values[lo..j] <= pivot <= values[i..hi]
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = values[i];
          values[i++] = values[j];
          values[j--] = t;
        }
      }
      if (k - 1 <= j) {
        hi = j;
      } else if (k - 1 >= i) {
        lo = i;
      } else {
        return; // the (k-1)th place lies between the parts: it holds the pivot, all before are smaller
      }
    }
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items;
    private int size;

    IntList(int capacity) {
      items = new int[Math.max(1, capacity)];
    }

    void add(int item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * items.length);
      }
      items[size++] = item;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}

package io.github.matchsim.simulator.market;

import io.github.matchsim.generate.NrmpGroup;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A market that behaves like the Main Residency Match because it is made the way the match is made:
 * applicants apply, programs interview, and both sides rank only whom they interviewed.
 *
 * <ol>
 *   <li><b>Specialties</b> from {@link Specialties#nrmp2025()}: programs, positions and applicants
 *       per specialty as published, so that demand per position ranges as it really does;
 *       preliminary and transitional PGY-1 programs where the table has them, and advanced programs
 *       only in the specialties that have them.
 *   <li><b>Programs</b>: a region, a size (the specialty's positions shared out, at least one
 *       each), a standing within the specialty, and a visa policy.
 *   <li><b>Applicants</b>: a group in the published proportions, a strength (the group's mean plus
 *       a standard normal), a preferred specialty (drawn in proportion to the applicants who
 *       ranked it), sometimes a backup specialty, a home region, and for non-US IMGs the visa they
 *       need. Applicants who prefer a specialty with advanced programs apply to PGY-1 years too.
 *   <li><b>Applications</b>: a number per applicant that depends on the group, aimed at programs
 *       near the applicant's own standing and, more often, in its home region; visa-restricted
 *       applicants apply only where their visa is accepted.
 *   <li><b>Interviews</b>: each program invites, by perceived strength (strength plus noise) less
 *       a penalty for applicants who stand above its level and are unlikely to come, a number of
 *       its applicants per position; applicants, answering in an order drawn afresh each round,
 *       accept the invitations they like best up to a limit, and programs invite again to fill
 *       declined slots.
 *   <li><b>Rank order lists</b>: applicants rank every program that interviewed them; programs rank
 *       a share of their interviewees. Couples (who share a home region and apply like singles)
 *       rank the pairs of their two members' interviews that lie in one region, then pairs with
 *       one member unmatched.
 * </ol>
 *
 * <p>Every default is stated in {@link Builder} with its source, or as an assumption. The model is
 * seeded: the same settings and seed give the same market. Noises that concern one applicant and
 * one program (its taste for the program, how the program perceives it) are functions of the pair,
 * so an applicant likes a program the same when it picks interviews and when it ranks them, and
 * {@linkplain Builder#focalApplicant focal applicants} added to a market leave the rest of it as it
 * was drawn.
 */
public final class NationalMarketModel {
  /** Active applicants in the 2025 Main Residency Match (NRMP). */
  public static final int APPLICANTS_2025 = 47_208;

  final double scale;
  final List<Specialty> specialties;
  final Map<NrmpGroup, Double> groupWeights;
  final Map<NrmpGroup, Double> strengthMeans;
  final Map<NrmpGroup, Double> applications;
  final double applicationSpread;
  final double backupShare;
  final double homeRegionWeight;
  final double aimWidth;
  final double interviewsPerPosition;
  final double overInvite;
  final int interviewLimit;
  final int invitationRounds;
  final double yieldPenalty;
  final double perceptionNoise;
  final double tasteNoise;
  final double programRankShare;
  final int couples;
  final int couplePairs;
  final double j1Accepted;
  final double h1bSponsored;
  final double j1Share;
  final double h1bShare;
  final double pgy1ApplicationShare;
  final List<FocalApplicant> focal;

  private NationalMarketModel(Builder b) {
    this.scale = b.scale;
    this.specialties = b.specialties;
    this.groupWeights = Map.copyOf(b.groupWeights);
    this.strengthMeans = Map.copyOf(b.strengthMeans);
    this.applications = Map.copyOf(b.applications);
    this.applicationSpread = b.applicationSpread;
    this.backupShare = b.backupShare;
    this.homeRegionWeight = b.homeRegionWeight;
    this.aimWidth = b.aimWidth;
    this.interviewsPerPosition = b.interviewsPerPosition;
    this.overInvite = b.overInvite;
    this.interviewLimit = b.interviewLimit;
    this.invitationRounds = b.invitationRounds;
    this.yieldPenalty = b.yieldPenalty;
    this.perceptionNoise = b.perceptionNoise;
    this.tasteNoise = b.tasteNoise;
    this.programRankShare = b.programRankShare;
    this.couples = b.couples;
    this.couplePairs = b.couplePairs;
    this.j1Accepted = b.j1Accepted;
    this.h1bSponsored = b.h1bSponsored;
    this.j1Share = b.j1Share;
    this.h1bShare = b.h1bShare;
    this.pgy1ApplicationShare = b.pgy1ApplicationShare;
    this.focal = List.copyOf(b.focal);
  }

  /** The 2025 market at {@code scale} times its size (1 for the national market). */
  public static Builder match2025(double scale) {
    return new Builder(scale);
  }

  /** The specialties the market is made of, in the order of its programs. */
  public List<Specialty> specialties() {
    return specialties;
  }

  /** The most interviews an applicant attends, and so the longest list a single applicant ranks. */
  public int interviewLimit() {
    return interviewLimit;
  }

  /** The market's size relative to the national one. */
  public double scale() {
    return scale;
  }

  /** Draws a market: the same settings and seed give the same market. */
  public SimulatedMarket generate(long seed) {
    return new FunnelDraw(this, seed).draw();
  }

  /**
   * Settings of the model, each with its default and where the default comes from. Figures marked
   * "assumed" are this model's choices, to be fitted by calibration against the published
   * margins, not findings.
   */
  public static final class Builder {
    private final double scale;
    private List<Specialty> specialties = Specialties.nrmp2025();
    private final Map<NrmpGroup, Double> groupWeights = new EnumMap<>(NrmpGroup.class);
    private final Map<NrmpGroup, Double> strengthMeans = new EnumMap<>(NrmpGroup.class);
    private final Map<NrmpGroup, Double> applications = new EnumMap<>(NrmpGroup.class);
    private double applicationSpread = 0.35;
    private double backupShare = 0.2;
    private double homeRegionWeight = 3;
    private double aimWidth = 1.0;
    private double interviewsPerPosition = 12;
    private double overInvite = 1.3;
    private int interviewLimit = 15;
    private int invitationRounds = 2;
    private double yieldPenalty = 1.5;
    private double perceptionNoise = 0.5;
    private double tasteNoise = 0.7;
    private double programRankShare = 0.9;
    private int couples;
    private int couplePairs = Integer.MAX_VALUE;
    private double j1Accepted = 0.637;
    private double h1bSponsored = 0.22;
    private double j1Share = 0.55;
    private double h1bShare = 0.25;
    private double pgy1ApplicationShare = 0.35;
    private final List<FocalApplicant> focal = new java.util.ArrayList<>();

    private Builder(double scale) {
      if (!(scale > 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("scale must be positive, not " + scale);
      }
      this.scale = scale;
      // 2024 active applicants by group (a rough secondary source, see docs); the rest are previous US graduates.
      groupWeights.put(NrmpGroup.US_MD, 19_500.0);
      groupWeights.put(NrmpGroup.US_DO, 8_100.0);
      groupWeights.put(NrmpGroup.US_IMG, 4_700.0);
      groupWeights.put(NrmpGroup.NON_US_IMG, 6_400.0);
      groupWeights.put(NrmpGroup.PREVIOUS_US_GRAD, 6_153.0);
      // Assumed, to be calibrated to the 2025 PGY-1 match rates by group.
      strengthMeans.put(NrmpGroup.US_MD, 1.15);
      strengthMeans.put(NrmpGroup.US_DO, 1.05);
      strengthMeans.put(NrmpGroup.US_IMG, -0.2);
      strengthMeans.put(NrmpGroup.NON_US_IMG, -0.65);
      strengthMeans.put(NrmpGroup.PREVIOUS_US_GRAD, -0.3);
      // About 47 applications per US MD senior and 120 per IMG in 2015 (Am J Med 2016, "Application
      // Inflation"); the DO and previous-graduate figures are assumed between them.
      applications.put(NrmpGroup.US_MD, 47.0);
      applications.put(NrmpGroup.US_DO, 55.0);
      applications.put(NrmpGroup.US_IMG, 120.0);
      applications.put(NrmpGroup.NON_US_IMG, 120.0);
      applications.put(NrmpGroup.PREVIOUS_US_GRAD, 80.0);
      // About 1,000 to 1,500 couples a year (AMA); 1,218 in 2024 among 44,853 active applicants.
      couples = (int) Math.round(1_218.0 * APPLICANTS_2025 / 44_853 * scale);
    }

    /** The specialties (default {@link Specialties#nrmp2025()}). */
    public Builder specialties(List<Specialty> specialties) {
      if (specialties.isEmpty()) {
        throw new IllegalArgumentException("at least one specialty is needed");
      }
      this.specialties = List.copyOf(specialties);
      return this;
    }

    /** A group's mean strength (defaults assumed; calibrated to the 2025 match rates by group). */
    public Builder strengthMean(NrmpGroup group, double mean) {
      strengthMeans.put(Objects.requireNonNull(group, "group"), finite("strength mean", mean));
      return this;
    }

    /** A group's mean number of applications (US MD 47, IMGs 120: Am J Med 2016; others assumed). */
    public Builder applications(NrmpGroup group, double mean) {
      applications.put(Objects.requireNonNull(group, "group"), positive("applications", mean));
      return this;
    }

    /** Interviews each program offers per position (default 12, assumed: programs rank 71 to 89 per filled program, Newsome et al. 2023). */
    public Builder interviewsPerPosition(double interviews) {
      this.interviewsPerPosition = positive("interviews per position", interviews);
      return this;
    }

    /** The most interviews an applicant attends (default 15, assumed). */
    public Builder interviewLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("interview limit must be at least 1, not " + limit);
      }
      this.interviewLimit = limit;
      return this;
    }

    /**
     * Rounds of interview invitations: the first sends {@code overInvite} invitations per slot,
     * each later one invites as many as slots were declined (default 2, assumed).
     */
    public Builder invitationRounds(int rounds) {
      if (rounds < 1) {
        throw new IllegalArgumentException("invitation rounds must be at least 1, not " + rounds);
      }
      this.invitationRounds = rounds;
      return this;
    }

    /**
     * How much a program discounts, when it invites, an applicant who stands above the program's
     * own level and is unlikely to come: per unit of strength above it. Default 1.5, set by eye
     * against positions filled and active applicants matched (scale 0.5, 2 seeds: 0 gave 84% filled,
     * 1 gave 93%, 2 gave 95.5%); to be fitted with the rest (0: programs invite by perceived strength
     * alone).
     */
    public Builder yieldPenalty(double penalty) {
      if (!(penalty >= 0) || Double.isInfinite(penalty)) {
        throw new IllegalArgumentException("yield penalty must be at least 0, not " + penalty);
      }
      this.yieldPenalty = penalty;
      return this;
    }

    /** The share of its interviewees a program ranks (default 0.9, assumed). */
    public Builder programRankShare(double share) {
      this.programRankShare = share("program rank share", share);
      return this;
    }

    /** The number of couples (default 1,218 in 2024, scaled to 2025 and to the market's scale). */
    public Builder couples(int couples) {
      if (couples < 0) {
        throw new IllegalArgumentException("couples must be at least 0, not " + couples);
      }
      this.couples = couples;
      return this;
    }

    /**
     * The most pairs of two programs a couple ranks, best sums of the members' ranks first, before
     * its pairs with one member unmatched (default: every pair of their interviews, assumed).
     */
    public Builder couplePairs(int pairs) {
      if (pairs < 1) {
        throw new IllegalArgumentException("couple pairs must be at least 1, not " + pairs);
      }
      this.couplePairs = pairs;
      return this;
    }

    /**
     * The share of its applications that an applicant who prefers a specialty with advanced
     * positions sends to preliminary and transitional PGY-1 years (default 0.35, assumed). The
     * PGY-1 years that interview it make its supplemental list.
     */
    public Builder pgy1ApplicationShare(double share) {
      if (!(share >= 0 && share < 1)) {
        throw new IllegalArgumentException("PGY-1 application share must be in [0, 1), not " + share);
      }
      this.pgy1ApplicationShare = share;
      return this;
    }

    /** The share of applicants who apply to a backup specialty too (default 0.2, assumed). */
    public Builder backupShare(double share) {
      this.backupShare = share("backup share", share);
      return this;
    }

    /** How much likelier an application to a program in the home region is (default 3, assumed). */
    public Builder homeRegionWeight(double weight) {
      this.homeRegionWeight = positive("home region weight", weight);
      return this;
    }

    /**
     * How widely applicants aim around their own standing, in standard deviations of programs'
     * standing (default 1.0, assumed).
     */
    public Builder aimWidth(double width) {
      this.aimWidth = positive("aim width", width);
      return this;
    }

    /** How many invitations a program sends per interview slot in the first round (default 1.3, assumed). */
    public Builder overInvite(double factor) {
      if (!(factor >= 1) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("over-invite factor must be at least 1, not " + factor);
      }
      this.overInvite = factor;
      return this;
    }

    /**
     * How much applicants' tastes for programs differ from the programs' standing: the standard
     * deviation of the idiosyncratic part of how much an applicant likes a program (default 0.7,
     * assumed; standing has standard deviation 1).
     */
    public Builder tasteNoise(double noise) {
      this.tasteNoise = positive("taste noise", noise);
      return this;
    }

    /**
     * Adds an applicant with a fixed profile to every market drawn, after the drawn applicants.
     *
     * @throws IllegalArgumentException if its id is taken by another focal applicant, or its
     *     specialty is not one of the model's specialties or is a PGY-1 year
     */
    public Builder focalApplicant(FocalApplicant applicant) {
      Objects.requireNonNull(applicant, "applicant");
      if (focal.stream().anyMatch(f -> f.id().equals(applicant.id()))) {
        throw new IllegalArgumentException("two focal applicants with id " + applicant.id());
      }
      focal.add(applicant);
      return this;
    }

    /** The model. */
    public NationalMarketModel build() {
      for (FocalApplicant applicant : focal) {
        Specialty specialty = specialties.stream().filter(s -> s.name().equals(applicant.specialty())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown specialty '" + applicant.specialty()
                + "'; the specialties are " + String.join(", ", specialties.stream().map(Specialty::name).toList())));
        if (specialty.kind().isPgy1Year()) {
          throw new IllegalArgumentException(specialty.name() + " is a PGY-1 year, applied to beside a specialty,"
              + " not instead of one");
        }
      }
      return new NationalMarketModel(this);
    }

    private static double finite(String what, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(what + " must be a finite number, not " + value);
      }
      return value;
    }

    private static double positive(String what, double value) {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(what + " must be positive, not " + value);
      }
      return value;
    }

    private static double share(String what, double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException(what + " must be in (0, 1], not " + value);
      }
      return value;
    }
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import io.github.matchsim.simulator.market.FocalApplicant;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulator.market.Specialties;
import io.github.matchsim.simulator.market.Specialty;
import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code my-odds}: for one applicant's profile, "N applications in specialty S, group G, standing
 * P", or the interviews it already holds, the probability of matching and where on its list, over
 * re-drawn 2025-like markets.
 *
 * <p>Each replication draws the simulated market with {@value #COPIES} applicants of the profile
 * ({@link FocalApplicant}), each with a home region and applications of its own; the metrics of a
 * replication are shares of those copies, and their intervals come from the spread over
 * replications.
 */
public final class MyOddsStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCHED_PERCENT = Metric.percent("matched_percent");
  static final Metric MATCHED_IN_SPECIALTY_PERCENT = Metric.percent("matched_in_specialty_percent");
  static final Metric INTERVIEWS = Metric.count("interviews");
  static final Metric NO_INTERVIEW_PERCENT = Metric.percent("no_interview_percent");
  static final Metric GROUP_MATCHED_PERCENT = Metric.percent("group_matched_percent");
  static final Metric MEAN_RANK_IF_MATCHED = Metric.count("mean_rank_if_matched");
  static final Metric MATCHED_AT_PERCENT = Metric.percent("matched_at_percent");
  /** Applicants with the profile added to each market. */
  static final int COPIES = 8;
  /** The market's size relative to the run's scale: a fifth of the national market. */
  static final double SCALE = 0.2;

  /**
   * An applicant profile.
   *
   * @param group the applicant group: US_MD, US_DO, US_IMG, NON_US_IMG or PREVIOUS_US_GRAD
   * @param scorePercentile the applicant's standing within its group, in (0, 100)
   * @param specialty the specialty it applies to, by its NRMP name (case does not matter)
   * @param applications the programs it applies to; ignored when {@code ranks} is given
   * @param visa the visa it needs: NONE, J1 or H1B (only a non-US IMG may need one)
   * @param ranks empty when it applies; otherwise the programs that interviewed it, most preferred
   *     first, each as its competitiveness percentile within the specialty (100 the most sought after)
   */
  public record Profile(String group, double scorePercentile, String specialty, int applications, Visa visa,
      List<Double> ranks) {
    /** The groups of the market. */
    public static final List<String> GROUPS = NrmpGroup.labels();

    /**
     * A non-US IMG of median standing who needs a J-1 visa and sends 120 applications in internal
     * medicine (about what IMGs sent in 2015).
     */
    public static final Profile DEFAULT = new Profile("NON_US_IMG", 50, "Internal Medicine (Categorical)", 120,
        Visa.J1, List.of());

    public Profile {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(visa, "visa");
      if (!GROUPS.contains(group)) {
        throw new IllegalArgumentException("unknown group '" + group + "'; the groups are " + String.join(", ", GROUPS));
      }
      if (!(scorePercentile > 0 && scorePercentile < 100)) {
        throw new IllegalArgumentException("the score percentile must be above 0 and below 100, not " + scorePercentile);
      }
      specialty = canonical(Objects.requireNonNull(specialty, "specialty"));
      ranks = List.copyOf(ranks);
      if (ranks.stream().anyMatch(p -> !(p >= 0 && p <= 100))) {
        throw new IllegalArgumentException("give each program ranked as a percentile from 0 to 100: " + ranks);
      }
      if (ranks.isEmpty() && applications < 1) {
        throw new IllegalArgumentException("send at least 1 application, not " + applications);
      }
      applications = ranks.isEmpty() ? applications : 0;
      if (visa != Visa.NONE && !group.equals(NrmpGroup.NON_US_IMG.label())) {
        throw new IllegalArgumentException("only a non-US IMG needs a visa here; " + group + " applicants are US"
            + " citizens or permanent residents");
      }
    }

    private static String canonical(String name) {
      List<Specialty> choices = Specialties.nrmp2025().stream().filter(s -> !s.kind().isPgy1Year()).toList();
      return choices.stream().map(Specialty::name).filter(n -> n.equalsIgnoreCase(name.strip())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown specialty '" + name + "'; the specialties are "
              + String.join(", ", choices.stream().map(Specialty::name).toList())));
    }

    /** The profile as the model's focal applicant with this id. */
    FocalApplicant focal(String id) {
      NrmpGroup g = NrmpGroup.fromLabel(group).orElseThrow();
      return ranks.isEmpty() ? FocalApplicant.applying(id, g, scorePercentile, specialty, applications, visa)
          : FocalApplicant.interviewed(id, g, scorePercentile, specialty, visa, ranks);
    }
  }

  private final Profile profile;

  /** The study of {@link Profile#DEFAULT}. */
  public MyOddsStudy() {
    this(Profile.DEFAULT);
  }

  /** The study of one profile. */
  public MyOddsStudy(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  @Override
  public String name() {
    return "my-odds";
  }

  @Override
  public String question() {
    return "For one applicant's applications (or interviews) in a specialty, how likely is a match, and where on the list?";
  }

  @Override
  public int defaultReplications() {
    return 100;
  }

  /** The longest list the profile can have: its interviews, or the model's interview limit. */
  private int longestList(NationalMarketModel model) {
    return profile.ranks().isEmpty() ? model.interviewLimit() : profile.ranks().size();
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * SCALE;
    NationalMarketModel.Builder builder = NationalMarketModel.match2025(scale);
    for (int copy = 1; copy <= COPIES; copy++) {
      builder.focalApplicant(profile.focal("YOU" + copy));
    }
    NationalMarketModel model = builder.build();
    Experiment.ExperimentResult result = run.replicate((index, seed) -> replicate(model.generate(seed), seed, longestList(model)));
    run.writeCsvs(result);
    int shown = shownPlaces(result, longestList(model));
    List<Integer> places = IntStream.rangeClosed(1, shown).boxed().toList();
    Charts.lines(run.out().resolve("where-matched.png"), "Where on the list the profile matches",
        "place on the rank order list", "matched there (% of outcomes)", List.of("simulated (mean, 95% CI)"),
        s -> MATCHED_AT_PERCENT, places, result);
    MetricSummary matched = result.summary(MATCHED_PERCENT);
    MetricSummary rank = result.summary(MEAN_RANK_IF_MATCHED);
    run.writeSummary(new Report(this)
        .paragraph("**Profile.** " + describe())
        .setup("%d replications of the simulated market at %s, each with %d applicants of this profile (each with its "
            + "own home region%s), matched by Roth–Peranson; master seed %d.", run.replications(), Report.scale(scale),
            COPIES, profile.ranks().isEmpty() ? " and applications" : "", run.seed())
        .assumptions(profile.ranks().isEmpty()
            ? "The profile's applications go where anyone's of its standing would go: aimed near its standing, more "
                + "often at home, only to programs that take its visa; programs invite and rank it like anyone of its "
                + "strength."
            : "The profile holds its interviews already, at the programs of the specialty (taking its visa) whose "
                + "standing stands at the given percentiles, and ranks them in the order given; each program ranks it "
                + "like any interviewee of its strength, which may put it below the share of interviewees it ranks.")
        .answer(String.format(Locale.ROOT, "Probability of matching: **%.1f%%** (95%% CI %.1f%% to %.1f%%); when matched, "
            + "the mean place on the list is %s.", matched.mean(), matched.low(), matched.high(),
            Report.interval(rank, 1, "%.1f")))
        .table(List.of(
            new Report.Row(MATCHED_PERCENT, "matched", "% of outcomes", ""),
            new Report.Row(MATCHED_IN_SPECIALTY_PERCENT, "matched in " + profile.specialty(), "% of outcomes", ""),
            new Report.Row(INTERVIEWS, "interviews", "programs", ""),
            new Report.Row(NO_INTERVIEW_PERCENT, "no interview at all", "% of outcomes", ""),
            new Report.Row(MEAN_RANK_IF_MATCHED, "place on the list when matched", "place (1 = first choice)", ""),
            new Report.Row(GROUP_MATCHED_PERCENT, "matched, all " + groupDescription() + " in the same markets",
                "% of the group", Published2025.matchRate(NrmpGroup.fromLabel(profile.group()).orElseThrow())
                    .map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse(""))), result)
        .paragraph("Where the profile matches (percent of all outcomes; the rest is unmatched):")
        .grid("place on the list", List.of("matched there (% of outcomes)"), s -> MATCHED_AT_PERCENT, places, result, "%.1f")
        .published(Published2025.matchRateSentence(NrmpGroup.fromLabel(profile.group()).orElseThrow())
            + " A single profile's odds are not published; the markets are simulated, so read the answer as an estimate "
            + "for an applicant like this one, not a forecast.")
        .files("where-matched.png").markdown());
  }

  private String groupDescription() {
    return NrmpGroup.fromLabel(profile.group()).orElseThrow().description();
  }

  private String describe() {
    String visa = switch (profile.visa()) {
      case NONE -> "needing no visa";
      case J1 -> "needing a J-1 visa";
      case H1B -> "needing an H-1B visa";
    };
    String standing = String.format(Locale.ROOT, "%s (group %s) at the %s percentile of the group, %s, ", groupDescription(),
        profile.group(), Report.trim(profile.scorePercentile()), visa);
    if (profile.ranks().isEmpty()) {
      return standing + String.format(Locale.ROOT, "sending %d applications in %s%s.", profile.applications(),
          profile.specialty(), Specialties.nrmp2025().stream().anyMatch(s -> s.name().equals(profile.specialty())
              && s.kind() == Specialty.Kind.WITH_ADVANCED) ? " (part of them to preliminary and transitional years, "
              + "as the specialty has advanced positions)" : "");
    }
    return standing + String.format(Locale.ROOT, "holding %d interviews in %s and ranking them in this order, each "
        + "given by its competitiveness percentile within the specialty (100 the most sought after): %s.",
        profile.ranks().size(), profile.specialty(),
        String.join(", ", profile.ranks().stream().map(Report::trim).toList()));
  }

  /** Places on the list shown: all the given interviews, or up to the last place where any copy matched. */
  private int shownPlaces(Experiment.ExperimentResult result, int longest) {
    if (!profile.ranks().isEmpty()) {
      return profile.ranks().size();
    }
    int last = 1;
    for (int k = 1; k <= longest; k++) {
      if (result.summary(MATCHED_AT_PERCENT.by(k)).mean() > 0) {
        last = k;
      }
    }
    return last;
  }

  private Map<Metric, Double> replicate(SimulatedMarket sim, long seed, int longest) {
    Matching matching = StudyMatch.of(sim.market(), seed).matching();
    Map<String, String> specialtyOf = new HashMap<>();
    sim.programs().forEach(p -> specialtyOf.put(p.id(), p.specialty()));
    int[] at = new int[longest + 1];
    int matched = 0;
    int inSpecialty = 0;
    int interviews = 0;
    int none = 0;
    long rankSum = 0;
    int members = 0;
    int membersMatched = 0;
    for (SimulatedMarket.ApplicantProfile applicant : sim.applicants()) {
      Optional<Assignment> assignment = matching.assignmentOf(applicant.id());
      if (!applicant.id().startsWith("YOU")) {
        if (applicant.group().label().equals(profile.group())) {
          members++;
          membersMatched += assignment.isPresent() ? 1 : 0;
        }
        continue;
      }
      interviews += applicant.interviews().size();
      none += applicant.interviews().isEmpty() ? 1 : 0;
      if (assignment.isPresent()) {
        int rank = assignment.get().rank();
        matched++;
        rankSum += rank;
        at[rank]++;
        inSpecialty += profile.specialty().equals(specialtyOf.get(assignment.get().program())) ? 1 : 0;
      }
    }
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    metrics.put(MATCHED_PERCENT, 100.0 * matched / COPIES);
    metrics.put(MATCHED_IN_SPECIALTY_PERCENT, 100.0 * inSpecialty / COPIES);
    metrics.put(INTERVIEWS, (double) interviews / COPIES);
    metrics.put(NO_INTERVIEW_PERCENT, 100.0 * none / COPIES);
    metrics.put(GROUP_MATCHED_PERCENT, members == 0 ? Double.NaN : 100.0 * membersMatched / members);
    metrics.put(MEAN_RANK_IF_MATCHED, matched == 0 ? Double.NaN : (double) rankSum / matched);
    for (int k = 1; k < at.length; k++) {
      metrics.put(MATCHED_AT_PERCENT.by(k), 100.0 * at[k] / COPIES);
    }
    return metrics;
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.generate.FocalApplicant;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.generate.NrmpMarkets;
import io.github.matchsim.market.Market;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.MetricSummary;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * {@code my-odds}: for one applicant profile and rank order list, the probability of matching and
 * the distribution of where on the list, over re-drawn 2025-like markets.
 *
 * <p>Each replication draws a calibrated market and adds {@value #COPIES} applicants with the
 * profile ({@link FocalApplicant}), each in a different specialty, so that they hardly compete with
 * one another; the metrics of a replication are shares of those copies, and their intervals come
 * from the spread over replications.
 */
public final class MyOddsStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCHED_PERCENT = Metric.percent("matched_percent");
  static final Metric GROUP_MATCHED_PERCENT = Metric.percent("group_matched_percent");
  static final Metric MEAN_RANK_IF_MATCHED = Metric.count("mean_rank_if_matched");
  static final Metric MATCHED_AT_PERCENT = Metric.percent("matched_at_percent");
  /** Applicants with the profile added to each market. */
  static final int COPIES = 8;

  /**
   * An applicant profile.
   *
   * @param group the applicant group: US_MD, US_DO, US_IMG, NON_US_IMG or PREVIOUS_US_GRAD
   * @param scorePercentile the applicant's standing within its group, in (0, 100)
   * @param programs the programs ranked, most preferred first, each as its competitiveness
   *     percentile within the specialty (100 the most sought after)
   */
  public record Profile(String group, double scorePercentile, List<Double> programs) {
    /** The groups of the calibrated market. */
    public static final List<String> GROUPS = NrmpGroup.labels();

    /** A non-US IMG of median standing ranking 12 programs from very to little competitive. */
    public static final Profile DEFAULT =
        new Profile("NON_US_IMG", 50, List.of(90.0, 80.0, 70.0, 60.0, 55.0, 50.0, 45.0, 40.0, 30.0, 20.0, 10.0, 5.0));

    public Profile {
      Objects.requireNonNull(group, "group");
      if (!GROUPS.contains(group)) {
        throw new IllegalArgumentException("unknown group '" + group + "'; the groups are " + String.join(", ", GROUPS));
      }
      if (!(scorePercentile > 0 && scorePercentile < 100)) {
        throw new IllegalArgumentException("the score percentile must be above 0 and below 100, not " + scorePercentile);
      }
      programs = List.copyOf(programs);
      if (programs.isEmpty() || programs.stream().anyMatch(p -> !(p >= 0 && p <= 100))) {
        throw new IllegalArgumentException("rank at least one program, each as a percentile from 0 to 100: " + programs);
      }
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
    return "For one applicant profile and rank order list, how likely is a match, and where on the list?";
  }

  @Override
  public int defaultReplications() {
    return 150;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * 0.2;
    MarketGenerator.Builder builder = NrmpMarkets.match2025(scale);
    for (int copy = 1; copy <= COPIES; copy++) {
      builder.focalApplicant(new FocalApplicant("YOU" + copy, profile.group(), profile.scorePercentile(), profile.programs()));
    }
    MarketGenerator generator = builder.build();
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> replicate(generator.generate(seed)));
    run.writeCsvs(result);
    List<Integer> choices = IntStream.rangeClosed(1, profile.programs().size()).boxed().toList();
    Charts.lines(run.out().resolve("where-matched.png"), "Where on the list the profile matches",
        "place on the rank order list", "matched there (%)", List.of("simulated (mean, 95% CI)"),
        s -> MATCHED_AT_PERCENT, choices, result);
    MetricSummary matched = result.summary(MATCHED_PERCENT);
    MetricSummary rank = result.summary(MEAN_RANK_IF_MATCHED);
    MetricSummary group = result.summary(GROUP_MATCHED_PERCENT);
    run.writeSummary("# " + name() + "\n\n**Question.** " + question() + "\n\n"
        + String.format(Locale.ROOT, "**Profile.** Group %s, standing at the %s percentile of the group; ranks %d "
            + "categorical programs of one specialty, given by competitiveness percentile within the specialty (100 "
            + "the most sought after), most preferred first: %s.%n%n", profile.group(),
            trim(profile.scorePercentile()), profile.programs().size(),
            String.join(", ", profile.programs().stream().map(MyOddsStudy::trim).toList()))
        + String.format(Locale.ROOT, "**Setup.** %d replications of the calibrated 2025 market at %s of the national "
            + "scale (%,d applicants, 40 specialties, couples, advanced positions, reversions), each with %d applicants "
            + "of this profile in different specialties, matched by Roth–Peranson; master seed %d.%n%n",
            run.replications(), scale, Math.round(NrmpMarkets.APPLICANTS_2025 * scale), COPIES, run.seed())
        + String.format(Locale.ROOT, "**Answer.** Probability of matching: **%.1f%%** (95%% CI %.1f%% to %.1f%%). "
            + "When matched, the mean place on the list is %.1f (%.1f to %.1f).%n%n", matched.mean(), matched.low(),
            matched.high(), rank.mean(), rank.low(), rank.high())
        + String.format(Locale.ROOT, "For comparison, all %s applicants in the same markets matched at %.1f%% (%.1f%% "
            + "to %.1f%%). The model takes every program on the list to rank the applicant back, as an interview "
            + "makes likely: the odds are those of an applicant who has these interviews.%n%n", profile.group(),
            group.mean(), group.low(), group.high())
        + "Where the profile matches (percent of all outcomes; the rest is unmatched):\n\n"
        + Charts.table("place on the list", List.of("matched there (%)"), s -> MATCHED_AT_PERCENT, choices, result, "%.1f")
        + "\n**Published.** " + published(profile.group()) + " A single profile's odds are not published; the "
        + "markets are simulated, so read the answer as an estimate for an applicant like this one, not a forecast.\n");
  }

  private static String published(String group) {
    return Published2025.matchRateSentence(NrmpGroup.fromLabel(group).orElseThrow()); // the profile checked the group
  }

  private Map<Metric, Double> replicate(Market market) {
    Matching matching = new RothPeransonMatching().match(market).matching();
    int listLength = profile.programs().size();
    int[] at = new int[listLength + 1];
    int matched = 0;
    long rankSum = 0;
    for (int copy = 1; copy <= COPIES; copy++) {
      int rank = matching.assignmentOf("YOU" + copy).map(Assignment::rank).orElse(0);
      if (rank > 0) {
        matched++;
        rankSum += rank;
        at[rank]++;
      }
    }
    int members = 0;
    int membersMatched = 0;
    for (Applicant applicant : market.applicants()) {
      if (profile.group().equals(applicant.group()) && !applicant.id().startsWith("YOU")) {
        members++;
        membersMatched += matching.assignmentOf(applicant.id()).isPresent() ? 1 : 0;
      }
    }
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    metrics.put(MATCHED_PERCENT, 100.0 * matched / COPIES);
    metrics.put(GROUP_MATCHED_PERCENT, members == 0 ? Double.NaN : 100.0 * membersMatched / members);
    metrics.put(MEAN_RANK_IF_MATCHED, matched == 0 ? Double.NaN : (double) rankSum / matched);
    for (int k = 1; k <= listLength; k++) {
      metrics.put(MATCHED_AT_PERCENT.by(k), 100.0 * at[k] / COPIES);
    }
    return metrics;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}

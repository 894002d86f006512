package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Program;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code calibration}: the funnel market ({@link NationalMarketModel}) against every published
 * margin it should reproduce, one row per target with the published figure, its source, the
 * simulated mean and its 95% interval, and whether the interval holds the figure. It measures; it
 * does not fit (the fitting is to come).
 */
public final class CalibrationStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCH_RATE = Metric.percent("match_rate");
  static final Metric ACTIVE_MATCHED = Metric.percent("active_applicants_matched");
  static final Metric POSITIONS_FILLED = Metric.percent("positions_filled");
  static final Metric COUPLES_BOTH = Metric.percent("couples_both_matched");
  static final Metric LIST_MATCHED = Metric.count("list_length_matched");
  static final Metric LIST_UNMATCHED = Metric.count("list_length_unmatched");
  static final Metric RANKED_PER_PROGRAM = Metric.count("ranked_per_filled_program");
  static final Metric FIRST_CHOICE = Metric.percent("us_md_first_choice");
  static final Metric PRELIM_SURGERY_FILLED = Metric.percent("prelim_surgery_filled");
  static final Metric STABLE = Metric.shareOfRuns("stable");

  private static final String PRELIM_SURGERY = "Surgery-Preliminary (PGY-1 Only)";

  /**
   * A published target: the figure (null when only a range is published), its range, its unit and
   * source, and the factor from the metric's values to the unit (100 for a share of runs measured
   * as 0 or 1, so that its interval is a proportion's).
   */
  record Target(Metric metric, String name, String unit, Double figure, double low, double high, String source,
      double factor) {
    Target(Metric metric, String name, String unit, Double figure, double low, double high, String source) {
      this(metric, name, unit, figure, low, high, source, 1);
    }

    /**
     * How far from the figure or range a simulated mean may be and still count as close, in the
     * target's unit: 2 points for a percentage, 10 for a share of runs, a tenth of the target
     * otherwise (the calibrator's loss counts distances in these units).
     */
    double tolerance() {
      return switch (metric.kind()) {
        case PERCENT -> 2;
        case SHARE_OF_RUNS, PERCENT_OF_RUNS -> 10;
        default -> 0.1 * (low + high) / 2;
      };
    }

    /** How far a mean (in the target's unit) lies from the figure or range: negative below, 0 inside. */
    double offBy(double mean) {
      return mean < low ? mean - low : mean > high ? mean - high : 0;
    }
  }

  static final List<Target> TARGETS = targets();

  private static List<Target> targets() {
    List<Target> targets = new java.util.ArrayList<>();
    for (NrmpGroup group : List.of(NrmpGroup.US_MD, NrmpGroup.US_DO, NrmpGroup.US_IMG, NrmpGroup.NON_US_IMG)) {
      double rate = Published2025.matchRate(group).orElseThrow();
      targets.add(new Target(MATCH_RATE.by(group.label()), "PGY-1 match rate, " + group.description(), "%", rate, rate,
          rate, Published2025.SOURCE));
    }
    targets.add(new Target(ACTIVE_MATCHED, "active applicants matched", "%", Published2025.ACTIVE_MATCHED_PERCENT,
        Published2025.ACTIVE_MATCHED_PERCENT, Published2025.ACTIVE_MATCHED_PERCENT, Published2025.SOURCE));
    targets.add(new Target(POSITIONS_FILLED, "positions filled", "%", Published2025.FILLED_PERCENT,
        Published2025.FILLED_PERCENT, Published2025.FILLED_PERCENT, Published2025.SOURCE));
    targets.add(new Target(COUPLES_BOTH, "couples with both partners matched", "%", null, Published2025.COUPLES_BOTH_LOW,
        Published2025.COUPLES_BOTH_HIGH, Published2025.COUPLES_SOURCE));
    targets.add(new Target(LIST_MATCHED, "programs ranked, matched applicants", "programs", null, 10, 12.4,
        "NRMP, Average Length of Rank Order List by Match Status"));
    targets.add(new Target(LIST_UNMATCHED, "programs ranked, unmatched applicants", "programs", 4.0, 3.5, 4.5,
        "the same NRMP report, as quoted by secondary sources"));
    targets.add(new Target(RANKED_PER_PROGRAM, "applicants ranked per filled program", "applicants", null, 71, 89,
        "Newsome et al., Am Surg 2023 (2015 to 2021; carries an Expression of Concern)"));
    targets.add(new Target(FIRST_CHOICE, "matched US MD seniors at their first choice", "%", 50.0, 45, 55,
        "secondary summaries of NRMP data (about half)"));
    targets.add(new Target(PRELIM_SURGERY_FILLED, "preliminary surgery positions filled", "%", null, 50, 62,
        "secondary sources (62% filled in 2011; 581 of 1,158 in 2019)"));
    targets.add(new Target(STABLE, "Roth–Peranson ends stable", "% of runs", 100.0, 100, 100,
        Published2025.STABLE_SOURCE, 100));
    return List.copyOf(targets);
  }

  @Override
  public String name() {
    return "calibration";
  }

  @Override
  public String question() {
    return "How close does the funnel market (applications, interviews, specialties, regions, visas, couples) come to "
        + "the published margins of the 2025 Main Residency Match?";
  }

  @Override
  public int defaultReplications() {
    return 12; // about 30 s at national scale on 2 cores
  }

  private final boolean fit;

  /** The report on the model's defaults. */
  public CalibrationStudy() {
    this(false);
  }

  /** The report, after fitting the model's free parameters to the targets first when {@code fit}. */
  public CalibrationStudy(boolean fit) {
    this.fit = fit;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    Calibrator.Fit fitted = fit ? new Calibrator(run.seed()).fit() : null;
    NationalMarketModel model = fitted == null ? NationalMarketModel.match2025(run.scale()).build()
        : fitted.apply(NationalMarketModel.match2025(run.scale())).build();
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> replicate(model.generate(seed), seed));
    run.writeCsvs(result);
    run.writeSummary(summary(result, run) + (fitted == null ? "" : fitted.markdown()));
  }

  static Map<Metric, Double> replicate(SimulatedMarket sim, long seed) {
    MatchResult result = RothPeransonMatching.builder().retries(2).seed(seed).build().match(sim.market());
    MatchStatistics s = result.statistics();
    Matching matching = result.matching();
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (NrmpGroup group : List.of(NrmpGroup.US_MD, NrmpGroup.US_DO, NrmpGroup.US_IMG, NrmpGroup.NON_US_IMG)) {
      int matched = s.matchedByGroup().getOrDefault(group.label(), 0);
      int total = matched + s.unmatchedByGroup().getOrDefault(group.label(), 0);
      metrics.put(MATCH_RATE.by(group.label()), total == 0 ? Double.NaN : 100.0 * matched / total);
    }
    metrics.put(ACTIVE_MATCHED, 100.0 * s.matched() / s.applicants());
    metrics.put(POSITIONS_FILLED, 100.0 * s.filledPositions() / s.positions());
    metrics.put(COUPLES_BOTH, s.couples() == 0 ? Double.NaN : s.couplesBothMatchedPercent());
    double matchedLength = 0;
    double unmatchedLength = 0;
    int matchedSingles = 0;
    int unmatchedSingles = 0;
    int usMd = 0;
    int usMdFirst = 0;
    for (Applicant applicant : sim.market().applicants()) {
      if (applicant.rankOrderList().isEmpty() && applicant.supplementalLists().isEmpty()) {
        continue; // a couple member (its couple ranks pairs) or an applicant without interviews
      }
      int length = applicant.rankOrderList().size()
          + applicant.supplementalLists().stream().mapToInt(list -> list.rankOrderList().size()).sum();
      Optional<Assignment> assignment = matching.assignmentOf(applicant.id());
      if (assignment.isPresent()) {
        matchedLength += length;
        matchedSingles++;
        if (NrmpGroup.US_MD.label().equals(applicant.group())) {
          usMd++;
          usMdFirst += assignment.get().rank() == 1 ? 1 : 0;
        }
      } else {
        unmatchedLength += length;
        unmatchedSingles++;
      }
    }
    metrics.put(LIST_MATCHED, matchedSingles == 0 ? Double.NaN : matchedLength / matchedSingles);
    metrics.put(LIST_UNMATCHED, unmatchedSingles == 0 ? Double.NaN : unmatchedLength / unmatchedSingles);
    double ranked = 0;
    int filledPrograms = 0;
    long prelimSurgeryPositions = 0;
    long prelimSurgeryFilled = 0;
    for (int p = 0; p < sim.programs().size(); p++) {
      Program program = sim.market().programs().get(p);
      int holders = matching.holdersOf(program.id()).size();
      if (holders > 0) {
        ranked += program.rankOrderList().size();
        filledPrograms++;
      }
      if (PRELIM_SURGERY.equals(sim.programs().get(p).specialty())) {
        prelimSurgeryPositions += matching.finalPositionsOf(program.id());
        prelimSurgeryFilled += holders;
      }
    }
    metrics.put(RANKED_PER_PROGRAM, filledPrograms == 0 ? Double.NaN : ranked / filledPrograms);
    metrics.put(FIRST_CHOICE, usMd == 0 ? Double.NaN : 100.0 * usMdFirst / usMd);
    metrics.put(PRELIM_SURGERY_FILLED, prelimSurgeryPositions == 0 ? Double.NaN : 100.0 * prelimSurgeryFilled / prelimSurgeryPositions);
    metrics.put(STABLE, result.status() == MatchStatus.STABLE ? 1.0 : 0.0); // a proportion: Wilson's interval
    return metrics;
  }

  private String summary(Experiment.ExperimentResult result, StudyRun run) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(name()).append("\n\n");
    md.append("**Question.** ").append(question()).append("\n\n");
    md.append(String.format(Locale.ROOT, "**Setup.** %d replications of the funnel market at %sthe national scale "
        + "(`NationalMarketModel.match2025`: %,d applicants, the 34 specialties of 2025, couples of US seniors), matched "
        + "by Roth–Peranson with couples last and 2 retries; master seed %d. The model's settings are its defaults, "
        + "each stated with its source or as an assumption in `NationalMarketModel.Builder`; they have not been fitted.%n%n",
        run.replications(), run.scale() == 1 ? "" : run.scale() + " times ",
        Math.round(NationalMarketModel.APPLICANTS_2025 * run.scale()), run.seed()));
    md.append("**Answer.** One row per published target: the simulated mean with its 95% confidence interval, the "
        + "published figure or range, how far the mean lies from it, whether that is within the target's tolerance "
        + "(2 points for a percentage, a tenth of the figure otherwise), and whether the interval meets the figure.\n\n");
    md.append("| target | unit | simulated (95% CI) | published | off by | close | met | source |\n"
        + "|---|---|---:|---:|---:|:---:|:---:|---|\n");
    int met = 0;
    int close = 0;
    for (Target target : TARGETS) {
      MetricSummary s = result.summary(target.metric());
      double f = target.factor();
      boolean hit = s.replications() > 0 && f * s.high() >= target.low() && f * s.low() <= target.high();
      met += hit ? 1 : 0;
      String published = target.figure() != null && target.low() == target.high()
          ? String.format(Locale.ROOT, "%.1f", target.figure())
          : String.format(Locale.ROOT, "%.1f to %.1f", target.low(), target.high());
      double off = target.offBy(f * s.mean());
      boolean near = s.replications() > 0 && Math.abs(off) <= target.tolerance();
      close += near ? 1 : 0;
      md.append(String.format(Locale.ROOT, "| %s | %s | %.1f (%.1f to %.1f) | %s | %+.1f | %s | %s | %s |%n", target.name(),
          target.unit(), f * s.mean(), f * s.low(), f * s.high(), published, off, near ? "yes" : "no", hit ? "yes" : "no",
          target.source()));
    }
    md.append(String.format(Locale.ROOT, "%n%d of %d targets within tolerance; %d of %d met by the 95%% interval. A simulated "
        + "market is not the real one: read a miss as a gap in the model to close, and a hit as agreement, not as proof.%n",
        close, TARGETS.size(), met, TARGETS.size()));
    return md.toString();
  }
}

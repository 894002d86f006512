package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import io.github.matchsim.simulator.market.FocalApplicant;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code applications}: how many applications, and so how many interviews, an applicant needs for
 * 50%, 80% and 95% odds of matching, by group: the curve from applications through interviews to
 * the probability of matching, for an applicant at the median of its group in internal medicine or
 * family medicine.
 */
public final class ApplicationsStudy implements Study {
  static final List<Integer> APPLICATIONS = List.of(5, 10, 20, 30, 45, 60, 90, 120, 160, 200);
  static final List<NrmpGroup> GROUPS = List.of(NrmpGroup.US_MD, NrmpGroup.US_IMG, NrmpGroup.NON_US_IMG);
  static final List<Integer> TARGETS = List.of(50, 80, 95);
  /** The specialties, by their NRMP names, with short keys for the CSV headers. */
  static final List<String[]> SPECIALTIES = List.of(
      new String[] {"IM", "Internal Medicine (Categorical)"},
      new String[] {"FM", "Family Medicine"});
  static final int COPIES = 6;
  static final double SCALE = 0.2;

  @Override
  public String name() {
    return "applications";
  }

  @Override
  public String question() {
    return "How many applications, and interviews, does an applicant need for 50%, 80% and 95% odds of matching, by group"
        + " and specialty?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  /** A cell's key: group, specialty, then applications, so that a metric by those in turn names it. */
  private static String key(NrmpGroup group, String specialty, int applications) {
    return series(group, specialty) + "_" + applications;
  }

  private static String series(NrmpGroup group, String specialty) {
    return group.label() + "_" + specialty;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * SCALE;
    // One market per group, so that a group's copies do not crowd another's.
    List<FocalSweep> sweeps = new ArrayList<>();
    List<NationalMarketModel> models = new ArrayList<>();
    for (NrmpGroup group : GROUPS) {
      List<FocalSweep.Cell> cells = new ArrayList<>();
      for (String[] specialty : SPECIALTIES) {
        for (int n : APPLICATIONS) {
          cells.add(new FocalSweep.Cell(key(group, specialty[0], n), specialty[1],
              id -> FocalApplicant.applying(id, group, 50, specialty[1], n, Visa.NONE)));
        }
      }
      FocalSweep sweep = new FocalSweep(cells, COPIES);
      sweeps.add(sweep);
      models.add(sweep.model(NationalMarketModel.match2025(scale)));
    }
    Experiment.ExperimentResult result = run.replicate((index, seed) -> {
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      for (int g = 0; g < GROUPS.size(); g++) {
        metrics.putAll(sweeps.get(g).replicate(models.get(g).generate(seed), seed));
      }
      return metrics;
    });
    run.writeCsvs(result);
    List<String> keys = new ArrayList<>();
    List<String> series = new ArrayList<>();
    for (NrmpGroup group : GROUPS) {
      for (String[] specialty : SPECIALTIES) {
        keys.add(series(group, specialty[0]));
        series.add(group.description() + ", " + specialty[0]);
      }
    }
    Charts.lines(run.out().resolve("odds-by-applications.png"), "Odds of matching in the specialty by applications sent",
        "applications", "matched in the specialty (%)", series, s -> FocalSweep.MATCHED_IN_SPECIALTY.by(keys.get(s)),
        APPLICATIONS, result);
    Report report = new Report(this)
        .paragraph("**Profile.** An applicant at the median of its group (US MD senior, US-citizen IMG, non-US IMG "
            + "needing no visa), applying in " + String.join(" or ", SPECIALTIES.stream().map(x -> x[1] + " (" + x[0] + ")")
                .toList()) + "; " + COPIES + " copies per number of applications.")
        .setup("%d replications; for each, one simulated market at %s per group, with that group's copies added, "
            + "matched by Roth–Peranson; master seed %d.", run.replications(), Report.scale(scale), run.seed())
        .assumptions("The copies apply where anyone of their standing would: aimed near their standing, more often at "
            + "home; programs invite and rank them like anyone of their strength. The number of applications is the "
            + "only thing that varies.")
        .answer("Applications needed for each target probability of matching in the specialty (the smallest number "
            + "tried whose mean reaches it; in brackets, the range over which the 95% interval reaches it):")
        .paragraph(needed(result))
        .paragraph("Probability of matching in the specialty (percent, mean and 95% CI), by applications sent:")
        .grid("applications", series, s -> FocalSweep.MATCHED_IN_SPECIALTY.by(keys.get(s)), APPLICATIONS, result, "%.1f")
        .paragraph("Interviews, by applications sent (mean, 95% CI):")
        .grid("applications", series, s -> FocalSweep.INTERVIEWS.by(keys.get(s)), APPLICATIONS, result, "%.1f")
        .published("Applicants sent about 47 applications per US MD senior and about 120 per IMG in 2015 (Am J Med "
            + "2016, \"Application Inflation\"). No published figure gives the odds by applications sent. "
            + Published2025.matchRateSentence(NrmpGroup.US_MD) + " " + Published2025.matchRateSentence(NrmpGroup.NON_US_IMG))
        .files("odds-by-applications.png");
    run.writeSummary(report.markdown());
  }

  /** A table: per group and target, the applications needed. */
  private static String needed(Experiment.ExperimentResult result) {
    StringBuilder table = new StringBuilder("| group and specialty |");
    TARGETS.forEach(t -> table.append(" ").append(t).append("% odds |"));
    table.append("\n|---|").append("---:|".repeat(TARGETS.size())).append("\n");
    for (NrmpGroup group : GROUPS) {
      for (String[] specialty : SPECIALTIES) {
        table.append("| ").append(group.description()).append(", ").append(specialty[0]).append(" |");
        for (int target : TARGETS) {
          Integer mean = null;
          Integer optimistic = null;
          Integer pessimistic = null;
          for (int n : APPLICATIONS) {
            MetricSummary s = result.summary(FocalSweep.MATCHED_IN_SPECIALTY.by(key(group, specialty[0], n)));
            Integer tried = n; // boxed, so that the conditionals below never unbox a null
            mean = mean == null && s.mean() >= target ? tried : mean;
            optimistic = optimistic == null && s.high() >= target ? tried : optimistic;
            pessimistic = pessimistic == null && s.low() >= target ? tried : pessimistic;
          }
          table.append(" ").append(mean == null ? "more than " + APPLICATIONS.get(APPLICATIONS.size() - 1) : mean)
              .append(String.format(Locale.ROOT, " (%s to %s)", optimistic == null ? "–" : optimistic,
                  pessimistic == null ? "more than " + APPLICATIONS.get(APPLICATIONS.size() - 1) : pessimistic))
              .append(" |");
        }
        table.append("\n");
      }
    }
    return table.toString();
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code advanced-prelim}: of the applicants matched to an advanced (PGY-2) position, how many are
 * left without a PGY-1 year, by the share of their applications they send to preliminary and
 * transitional years. An applicant in that state must find a PGY-1 position after the match.
 */
public final class AdvancedPrelimStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric WITHOUT_PGY1_PERCENT = Metric.percent("without_pgy1_percent");
  static final Metric SUPPLEMENTAL_LENGTH = Metric.count("supplemental_length");
  static final Metric ADVANCED_MATCHED = Metric.count("advanced_matched");
  /** Percent of an advanced applicant's applications sent to PGY-1 years. */
  static final List<Integer> PGY1_SHARES = List.of(5, 10, 20, 35, 50);

  @Override
  public String name() {
    return "advanced-prelim";
  }

  @Override
  public String question() {
    return "How many applicants matched to an advanced position are left without a PGY-1 position, by the share of"
        + " their applications they send to preliminary and transitional years?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * 0.2;
    Experiment.ExperimentResult result = run.replicate((index, seed) -> {
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      for (int share : PGY1_SHARES) {
        SimulatedMarket sim = NationalMarketModel.match2025(scale).pgy1ApplicationShare(share / 100.0).build().generate(seed);
        measure(sim, StudyMatch.of(sim.market(), seed), share, metrics);
      }
      return metrics;
    });
    run.writeCsvs(result);
    Charts.lines(run.out().resolve("without-pgy1-by-pgy1-applications.png"), "Advanced position without a PGY-1 year",
        "applications sent to PGY-1 years (% of an advanced applicant's applications)",
        "matched to advanced, no PGY-1 (% of them)", List.of("simulated (mean, 95% CI)"), s -> WITHOUT_PGY1_PERCENT,
        PGY1_SHARES, result);
    run.writeSummary(new Report(this)
        .setup("%d replications; for each, one simulated market at %s per share of applications that applicants "
            + "preferring a specialty with advanced positions send to PGY-1 years (%s%%), matched by Roth–Peranson "
            + "with up to 2 retries; master seed %d.", run.replications(), Report.scale(scale),
            String.join("%, ", PGY1_SHARES.stream().map(String::valueOf).toList()), run.seed())
        .assumptions("An applicant's supplemental list holds every preliminary or transitional program that "
            + "interviewed it, in the order it likes them, linked to all its advanced programs; one who got no PGY-1 "
            + "interview has none.")
        .answer("Of the applicants matched to an advanced position, the percent who hold no PGY-1 position; the "
            + "programs on their supplemental lists; and how many matched to an advanced position (mean, 95% CI):")
        .grid("applications to PGY-1 years (%)", List.of("without PGY-1 (% of advanced matches)",
            "supplemental list length (programs)", "matched to advanced (applicants)"),
            s -> List.of(WITHOUT_PGY1_PERCENT, SUPPLEMENTAL_LENGTH, ADVANCED_MATCHED).get(s), PGY1_SHARES, result, "%.1f")
        .published("None that we quote: the NRMP reports partial matches without the applications behind them. The "
            + "share depends on how many PGY-1 positions the market offers and who competes for them; read the trend "
            + "as the model's, not a measurement.")
        .files("without-pgy1-by-pgy1-applications.png").markdown());
  }

  /** Advanced matches, those without a PGY-1 year, and supplemental list length, for one market. */
  private static void measure(SimulatedMarket sim, MatchResult matched, int share, Map<Metric, Double> metrics) {
    int advanced = 0;
    int without = 0;
    long listed = 0;
    for (Applicant applicant : sim.market().applicants()) {
      Optional<Assignment> assignment = matched.matching().assignmentOf(applicant.id());
      if (assignment.isEmpty()) {
        continue;
      }
      String program = assignment.get().program();
      Optional<SupplementalList> list = applicant.supplementalLists().stream()
          .filter(l -> l.linkedTo().contains(program)).findFirst();
      if (sim.market().program(program).orElseThrow().type() == ProgramType.ADVANCED) {
        advanced++;
        without += assignment.get().pgy1Program() == null ? 1 : 0;
        listed += list.map(l -> l.rankOrderList().size()).orElse(0);
      }
    }
    metrics.put(WITHOUT_PGY1_PERCENT.by(share), advanced == 0 ? Double.NaN : 100.0 * without / advanced);
    metrics.put(SUPPLEMENTAL_LENGTH.by(share), advanced == 0 ? Double.NaN : (double) listed / advanced);
    metrics.put(ADVANCED_MATCHED.by(share), (double) advanced);
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.NrmpMarkets;
import io.github.matchsim.simulate.Experiment;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code advanced-prelim}: of the applicants matched to an advanced (PGY-2) position with a
 * supplemental list, how many are left without a PGY-1 year, by the length of their supplemental
 * lists. An applicant in that state must find a PGY-1 position after the match.
 */
public final class AdvancedPrelimStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric WITHOUT_PGY1_PERCENT = Metric.percent("without_pgy1_percent");
  static final List<Integer> LENGTHS = List.of(1, 2, 3, 5, 8, 12);

  @Override
  public String name() {
    return "advanced-prelim";
  }

  @Override
  public String question() {
    return "How many applicants matched to an advanced position are left without a PGY-1 position,"
        + " by the length of their supplemental lists?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * 0.2;
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> {
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      for (int length : LENGTHS) {
        Market market = NrmpMarkets.match2025(scale).supplementalLength(IntDistribution.constant(length))
            .build().generate(seed);
        MatchResult matched = new RothPeransonMatching().match(market);
        int advanced = 0; // matched to an advanced program with a supplemental list linked to it
        for (Assignment assignment : matched.matching().assignments()) {
          Applicant applicant = market.applicant(assignment.applicant()).orElseThrow();
          advanced += applicant.supplementalLists().stream()
              .anyMatch(list -> list.linkedTo().contains(assignment.program())) ? 1 : 0;
        }
        int partial = matched.statistics().partialMatches();
        metrics.put(WITHOUT_PGY1_PERCENT.by(length), advanced == 0 ? Double.NaN : 100.0 * partial / advanced);
      }
      return metrics;
    });
    run.writeCsvs(result);
    Charts.lines(run.out().resolve("without-pgy1-by-list-length.png"), "Advanced position without a PGY-1 year",
        "programs on the supplemental list", "matched to advanced, no PGY-1 (%)", List.of("simulated (mean, 95% CI)"),
        s -> WITHOUT_PGY1_PERCENT, LENGTHS, result);
    run.writeSummary("# " + name() + "\n\n**Question.** " + question() + "\n\n"
        + String.format(Locale.ROOT, "**Setup.** %d replications; for each, the calibrated 2025 market at %s of the "
            + "national scale (%,d applicants; 7.4%% of programs advanced, 10%% preliminary, the latter an assumption) "
            + "with every supplemental list of the given length, matched by Roth–Peranson; master seed %d.%n%n",
            run.replications(), scale, Math.round(NrmpMarkets.APPLICANTS_2025 * scale), run.seed())
        + "**Answer.** Percent of applicants matched to an advanced position with a supplemental list who hold no "
        + "PGY-1 position (mean, 95% CI):\n\n"
        + Charts.table("supplemental list length", List.of("without PGY-1 (%)"), s -> WITHOUT_PGY1_PERCENT, LENGTHS,
            result, "%.1f")
        + "\n**Published.** None that we quote. The share depends on how many preliminary positions the market "
        + "offers, which the figures do not give; read the trend, not the level.\n");
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.simulate.Experiment;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code couples}: how often Roth–Peranson ends with a stable matching as the share of applicants
 * in couples grows, in markets of two sizes. Stable matchings need not exist with couples; in
 * large markets with few couples they do with high probability (Kojima, Pathak and Roth, QJE
 * 2013; Ashlagi, Braverman and Hassidim, Operations Research 2014).
 */
public final class CouplesStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric STABLE_PERCENT = Metric.percentOfRuns("stable_percent");
  static final List<Integer> COUPLE_PERCENTS = List.of(0, 1, 2, 5, 10, 20, 30);
  static final List<Integer> SIZES = List.of(1_000, 5_000);

  @Override
  public String name() {
    return "couples";
  }

  @Override
  public String question() {
    return "How often does Roth–Peranson end with a stable matching as the share of couples grows (0 to 30%),"
        + " in markets of 1,000 and 5,000 applicants?";
  }

  @Override
  public int defaultReplications() {
    return 40;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> {
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      for (int size : SIZES) {
        for (int percent : COUPLE_PERCENTS) {
          MatchStatus status = new RothPeransonMatching().match(MarketGenerator.builder()
              .applicants((int) Math.max(20, Math.round(size * run.scale())))
              .listLength(IntDistribution.uniform(10, 14)).coupleShare(percent / 100.0)
              .programTypeShares(0.07, 0.15).reversionShare(0.05).build().generate(seed)).status();
          metrics.put(STABLE_PERCENT.by(size).by(percent), status == MatchStatus.STABLE ? 100.0 : 0.0);
        }
      }
      return metrics;
    });
    run.writeCsvs(result);
    List<String> series = SIZES.stream().map(n -> String.format(Locale.ROOT, "%,d applicants", Math.round(n * run.scale()))).toList();
    Charts.lines(run.out().resolve("stable-by-couple-share.png"), "Roth–Peranson ends stable, by share of applicants in couples",
        "applicants in couples (%)", "markets ending STABLE (%)", series, s -> STABLE_PERCENT.by(SIZES.get(s)), COUPLE_PERCENTS, result);
    run.writeSummary("# " + name() + "\n\n**Question.** " + question() + "\n\n"
        + String.format(Locale.ROOT, "**Setup.** %d replications; for each, one generated market per size and couple "
            + "share (10 to 14 ranks per applicant, correlated preferences, advanced and preliminary programs with "
            + "supplemental lists, reversions), matched by Roth–Peranson with couples last and the status taken from "
            + "the stability checker; master seed %d.%n%n", run.replications(), run.seed())
        + "**Answer.** Percent of markets ending `STABLE` (mean, 95% CI):\n\n"
        + Charts.table("couples (%)", series, s -> STABLE_PERCENT.by(SIZES.get(s)), COUPLE_PERCENTS, result, "%.1f")
        + "\n**Published.** Roth and Peranson (1999) report that the NRMP's algorithm found stable matchings in every "
        + "year they studied, with 3.5% to 4.3% of applicants in couples; on these generated markets instability is "
        + "more frequent, which may come from how the generator builds couples' lists: each member's list is drawn on its "
        + "own and the couple ranks pairs from the two, with no application or interview stage that keeps them in one region.\n");
  }
}

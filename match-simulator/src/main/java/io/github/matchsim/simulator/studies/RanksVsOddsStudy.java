package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.generate.NrmpMarkets;
import io.github.matchsim.market.Market;
import io.github.matchsim.simulate.Experiment;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ranks-vs-odds}: the probability of matching by the number of programs ranked, per
 * applicant group, in the spirit of the NRMP's "Charting Outcomes in the Match". Every applicant
 * ranks between 1 and 20 programs, drawn uniformly, so that each length is well represented; the
 * rest of the market is the calibrated 2025 preset (couples, which rank pairs, are left out).
 */
public final class RanksVsOddsStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCHED_PERCENT = Metric.percent("matched_percent");
  /** The four groups with a published match rate. */
  static final List<String> GROUPS = NrmpGroup.labels().subList(0, 4);
  /** Upper ends of the bins of programs ranked: 1–3, 4–6, 7–9, 10–12, 13–15, 16–20. */
  static final List<Integer> BINS = List.of(3, 6, 9, 12, 15, 20);

  @Override
  public String name() {
    return "ranks-vs-odds";
  }

  @Override
  public String question() {
    return "How likely is an applicant to match, by the number of programs it ranks, for each applicant group?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * 0.2;
    MarketGenerator generator = NrmpMarkets.match2025(scale, IntDistribution.uniform(1, 20)).coupleShare(0).build();
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> replicate(generator.generate(seed)));
    run.writeCsvs(result);
    Charts.lines(run.out().resolve("match-probability-by-ranks.png"), "Probability of matching by programs ranked",
        "programs ranked (upper end of bin)", "matched (%)", GROUPS, s -> MATCHED_PERCENT.by(GROUPS.get(s)), BINS, result);
    run.writeSummary("# " + name() + "\n\n**Question.** " + question() + "\n\n"
        + String.format(Locale.ROOT, "**Setup.** %d replications of the calibrated 2025 market at %s of the national "
            + "scale (%,d applicants) without couples, every applicant ranking 1 to 20 programs (uniformly), matched "
            + "by Roth–Peranson; applicants are grouped by programs ranked in bins 1–3, 4–6, 7–9, 10–12, 13–15 and "
            + "16–20; master seed %d.%n%n", run.replications(), scale, Math.round(NrmpMarkets.APPLICANTS_2025 * scale),
            run.seed())
        + "**Answer.** Percent of applicants matched, by group and programs ranked (mean over replications, 95% CI; "
        + "the row is the upper end of the bin):\n\n"
        + Charts.table("programs ranked", GROUPS, s -> MATCHED_PERCENT.by(GROUPS.get(s)), BINS, result, "%.1f")
        + "\n**Published.** The NRMP's \"Charting Outcomes in the Match\" shows the same rise of the match rate with "
        + "the number of contiguous ranks; the published figures we quote do not give them, so they are not compared here. "
        + "These are simulated markets: read the shape, not the exact numbers, for advice.\n");
  }

  private static Map<Metric, Double> replicate(Market market) {
    Matching matching = new RothPeransonMatching().match(market).matching();
    int[][] matched = new int[GROUPS.size()][BINS.size()];
    int[][] total = new int[GROUPS.size()][BINS.size()];
    for (Applicant applicant : market.applicants()) {
      int g = GROUPS.indexOf(applicant.group());
      int ranked = applicant.rankOrderList().size();
      if (g < 0 || ranked == 0) {
        continue;
      }
      int bin = 0;
      while (ranked > BINS.get(bin)) {
        bin++;
      }
      total[g][bin]++;
      matched[g][bin] += matching.assignmentOf(applicant.id()).isPresent() ? 1 : 0;
    }
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (int g = 0; g < GROUPS.size(); g++) {
      for (int b = 0; b < BINS.size(); b++) {
        metrics.put(MATCHED_PERCENT.by(GROUPS.get(g)).by(BINS.get(b)),
            total[g][b] == 0 ? Double.NaN : 100.0 * matched[g][b] / total[g][b]);
      }
    }
    return metrics;
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.generate.NrmpMarkets;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.MetricSummary;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * {@code nrmp-2025}: the 2025 Main Residency Match simulated with {@link NrmpMarkets#match2025}
 * and Roth–Peranson, against the published figures: match rates by applicant group, positions
 * filled, couples and partial matches.
 */
public final class Nrmp2025Study implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCH_RATE = Metric.percent("match_rate");
  static final Metric POSITIONS_FILLED = Metric.percent("positions_filled");
  static final Metric UNFILLED_POSITIONS = Metric.count("unfilled_positions");
  static final Metric COUPLES_BOTH_MATCHED = Metric.percent("couples_both_matched");
  static final Metric PARTIAL_MATCHES = Metric.count("partial_matches");
  static final Metric STABLE = Metric.shareOfRuns("stable");
  /** Published 2025 PGY-1 match rates by group label, percent, for the groups that have one. */
  static final Map<String, Double> PUBLISHED_RATES = publishedRates();
  static final List<String> GROUPS = NrmpGroup.labels();

  /** Each metric that has a published figure, with the figure. */
  private static final Map<Metric, Double> PUBLISHED = published();

  private static Map<Metric, Double> published() {
    Map<Metric, Double> figures = new LinkedHashMap<>();
    PUBLISHED_RATES.forEach((group, rate) -> figures.put(MATCH_RATE.by(group), rate));
    figures.put(POSITIONS_FILLED, Published2025.FILLED_PERCENT);
    return figures;
  }

  private static Map<String, Double> publishedRates() {
    Map<String, Double> rates = new LinkedHashMap<>();
    for (NrmpGroup group : NrmpGroup.values()) {
      Published2025.matchRate(group).ifPresent(rate -> rates.put(group.label(), rate));
    }
    return rates;
  }

  @Override
  public String name() {
    return "nrmp-2025";
  }

  @Override
  public String question() {
    return "How do match rates, filled positions and couples come out in a simulated 2025 Main Residency Match,"
        + " and how close are they to the published figures?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    MarketGenerator generator = NrmpMarkets.match2025(run.scale()).build();
    Experiment.ExperimentResult result = run.experiment().run((index, seed) -> replicate(generator, seed));
    run.writeCsvs(result);
    chart(result, run);
    run.writeSummary(summary(result, run));
  }

  private static Map<Metric, Double> replicate(MarketGenerator generator, long seed) {
    MatchResult result = new RothPeransonMatching().match(generator.generate(seed));
    MatchStatistics s = result.statistics();
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (String group : GROUPS) {
      int matched = s.matchedByGroup().getOrDefault(group, 0);
      int total = matched + s.unmatchedByGroup().getOrDefault(group, 0);
      metrics.put(MATCH_RATE.by(group), total == 0 ? 0 : 100.0 * matched / total);
    }
    metrics.put(MATCH_RATE.by("all"), 100.0 * s.matched() / s.applicants());
    metrics.put(POSITIONS_FILLED, 100.0 * s.filledPositions() / s.positions());
    metrics.put(UNFILLED_POSITIONS, (double) s.unfilledPositions());
    metrics.put(COUPLES_BOTH_MATCHED, s.couplesBothMatchedPercent());
    metrics.put(PARTIAL_MATCHES, (double) s.partialMatches());
    metrics.put(STABLE, result.status() == MatchStatus.STABLE ? 1.0 : 0.0);
    return metrics;
  }

  private static void chart(Experiment.ExperimentResult result, StudyRun run) throws IOException {
    System.setProperty("java.awt.headless", "true");
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500)
        .title("Match rate by applicant group, simulated 2025 vs published")
        .xAxisTitle("applicant group").yAxisTitle("matched (%)").build();
    List<String> groups = List.copyOf(PUBLISHED_RATES.keySet());
    List<Double> simulated = groups.stream().map(g -> result.summary(MATCH_RATE.by(g)).mean()).toList();
    List<Double> errors = groups.stream().map(g -> result.summary(MATCH_RATE.by(g)).halfWidth()).toList();
    chart.addSeries("simulated (mean, 95% CI)", groups, simulated, errors);
    chart.addSeries("published 2025", groups, groups.stream().map(PUBLISHED_RATES::get).toList());
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    BitmapEncoder.saveBitmap(chart, run.out().resolve("match-rates").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private String summary(Experiment.ExperimentResult result, StudyRun run) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(name()).append("\n\n");
    md.append("**Question.** ").append(question()).append("\n\n");
    md.append(String.format(Locale.ROOT, "**Setup.** %d replications of a generated market at %sthe national scale "
        + "(`NrmpMarkets.match2025`: %,d applicants, 5.4%% in couples, advanced programs with supplemental lists, "
        + "reversions), matched by Roth–Peranson with couples last; master seed %d.%n%n",
        run.replications(), run.scale() == 1 ? "" : run.scale() + " times ", Math.round(NrmpMarkets.APPLICANTS_2025 * run.scale()),
        run.seed()));
    md.append("**Answer.** Means over the replications with 95% confidence intervals, and the published 2025 figure "
        + "(NRMP, Results and Data: Main Residency Match 2025) where there is one. The generator's group scores were "
        + "calibrated to these rates, so agreement checks the calibration, not a prediction.\n\n");
    md.append("| metric | simulated | 95% CI | published 2025 |\n|---|---:|---:|---:|\n");
    for (MetricSummary s : result.summaries()) {
      Double published = PUBLISHED.get(s.metric());
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f to %.2f | %s |%n", s.name(), s.mean(), s.low(), s.high(),
          published == null ? "" : String.format(Locale.ROOT, "%.1f", published)));
    }
    md.append("\nRates are percentages of applicants (or of positions, for `positions_filled`); `stable` is the share "
        + "of replications in which Roth–Peranson ended `STABLE`. Files: `replications.csv` (one row per replication), "
        + "`summary.csv`, `match-rates.png`.\n");
    return md.toString();
  }
}

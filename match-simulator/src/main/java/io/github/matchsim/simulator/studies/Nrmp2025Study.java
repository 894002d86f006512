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

  /** How a metric reads in the summary: in words, its unit, and the published figure beside it ("" when none). */
  private record Row(Metric metric, String words, String unit, double factor, String published) {}

  private static List<Row> rows(StudyRun run) {
    List<Row> rows = new java.util.ArrayList<>();
    for (NrmpGroup group : NrmpGroup.values()) {
      rows.add(new Row(MATCH_RATE.by(group.label()), "PGY-1 match rate, " + group.description(), "% of the group", 1,
          Published2025.matchRate(group).map(rate -> String.format(Locale.ROOT, "%.1f", rate)).orElse("")));
    }
    rows.add(new Row(MATCH_RATE.by("all"), "matched, all applicants", "% of applicants", 1,
        String.format(Locale.ROOT, "%.1f (to a PGY-1 position)", Published2025.ACTIVE_MATCHED_PERCENT)));
    rows.add(new Row(POSITIONS_FILLED, "positions filled", "% of positions", 1,
        String.format(Locale.ROOT, "%.1f", Published2025.FILLED_PERCENT)));
    rows.add(new Row(UNFILLED_POSITIONS, "positions left unfilled", "positions", 1, run.scale() == 1
        ? String.format(Locale.ROOT, "%,d", Published2025.POSITIONS - Published2025.FILLED) : ""));
    rows.add(new Row(COUPLES_BOTH_MATCHED, "couples with both partners matched", "% of couples", 1,
        String.format(Locale.ROOT, "%.0f to %.0f: %s", Published2025.COUPLES_BOTH_LOW, Published2025.COUPLES_BOTH_HIGH,
            Published2025.COUPLES_SOURCE)));
    rows.add(new Row(PARTIAL_MATCHES, "matched to an advanced position without a PGY-1 year", "applicants", 1, ""));
    rows.add(new Row(STABLE, "Roth–Peranson ended stable", "% of runs", 100, "100: " + Published2025.STABLE_SOURCE));
    return rows;
  }

  private String summary(Experiment.ExperimentResult result, StudyRun run) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(name()).append("\n\n");
    md.append("**Question.** ").append(question()).append("\n\n");
    md.append(String.format(Locale.ROOT, "**Setup.** %d replications of a generated market at %sthe national scale "
        + "(%,d applicants, 5.4%% of them in couples, advanced programs with supplemental lists, reversions), matched by "
        + "Roth–Peranson with couples last; master seed %d.%n%n",
        run.replications(), run.scale() == 1 ? "" : run.scale() + " times ", Math.round(NrmpMarkets.APPLICANTS_2025 * run.scale()),
        run.seed()));
    md.append("**Assumptions.** The market is `NrmpMarkets.match2025`: applicants rank 8 to 16 programs drawn from 40 "
        + "specialties of equal size (IMGs 6 to 13), with no application or interview stage; programs rank everyone who "
        + "ranked them; each group's standing was calibrated so that its match rate comes out near the published one. So "
        + "agreement on the group rates checks that calibration, not a prediction, and couples, list lengths and "
        + "stability do not behave as in the real match (see `docs/calibration/summary.md` for the market that will "
        + "replace this one).\n\n");
    md.append("**Answer.** Means over the replications with 95% confidence intervals, beside the published 2025 figure ("
        + Published2025.SOURCE + ") where there is one.\n\n");
    md.append("| | unit | simulated (95% CI) | published |\n|---|---|---:|---|\n");
    for (Row row : rows(run)) {
      MetricSummary s = result.summary(row.metric());
      md.append(String.format(Locale.ROOT, "| %s | %s | %.1f (%.1f to %.1f) | %s |%n", row.words(), row.unit(),
          row.factor() * s.mean(), row.factor() * s.low(), row.factor() * s.high(), row.published()));
    }
    md.append("\nFiles: `replications.csv` (one row per replication, one column per metric), `summary.csv`, "
        + "`match-rates.png`.\n");
    return md.toString();
  }
}

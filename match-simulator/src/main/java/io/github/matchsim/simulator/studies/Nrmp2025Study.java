package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.Specialty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * {@code nrmp-2025}: the 2025 Main Residency Match simulated on the funnel market ({@link
 * NationalMarketModel}) and matched by Roth–Peranson, against the published figures: match rates
 * by applicant group, positions filled, couples, list lengths, stability, and fill and match rates
 * by specialty.
 */
public final class Nrmp2025Study implements Study {

  @Override
  public String name() {
    return "nrmp-2025";
  }

  @Override
  public String question() {
    return "How do match rates, filled positions, couples and specialties come out in a simulated 2025 Main Residency"
        + " Match, and how close are they to the published figures?";
  }

  @Override
  public int defaultReplications() {
    return 20; // about a minute at national scale on 2 cores
  }

  @Override
  public void run(StudyRun run) throws IOException {
    NationalMarketModel model = NationalMarketModel.match2025(run.scale()).build();
    Experiment.ExperimentResult result = run.replicate((index, seed) -> NationalMetrics.replicate(model, seed));
    run.writeCsvs(result);
    chart(result, run);
    run.writeSummary(summary(result, run, model.specialties()));
  }

  private static void chart(Experiment.ExperimentResult result, StudyRun run) throws IOException {
    System.setProperty("java.awt.headless", "true");
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500)
        .title("PGY-1 match rate by applicant group, simulated 2025 against published")
        .xAxisTitle("applicant group").yAxisTitle("matched (% of the group)").build();
    List<String> groups = NationalMetrics.PUBLISHED_GROUPS.stream().map(NrmpGroup::description).toList();
    List<MetricSummary> simulated = NationalMetrics.PUBLISHED_GROUPS.stream()
        .map(g -> result.summary(NationalMetrics.MATCH_RATE.by(g.label()))).toList();
    chart.addSeries("simulated (mean, 95% CI)", groups, simulated.stream().map(MetricSummary::mean).toList(),
        simulated.stream().map(MetricSummary::halfWidth).toList());
    chart.addSeries("published 2025", groups, NationalMetrics.PUBLISHED_GROUPS.stream()
        .map(g -> Published2025.matchRate(g).orElseThrow()).toList());
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    BitmapEncoder.saveBitmap(chart, run.out().resolve("match-rates").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  /** The published figure of a metric with its source unless it is the NRMP's 2025 report, or "" when none is published. */
  private static String published(Metric metric) {
    return Target.of(metric)
        .map(t -> t.figureText() + (t.source().equals(Published2025.SOURCE) ? "" : ": " + t.source())).orElse("");
  }

  private static List<Report.Row> rows(StudyRun run) {
    List<Report.Row> rows = new ArrayList<>();
    for (NrmpGroup group : NrmpGroup.values()) {
      Metric metric = NationalMetrics.MATCH_RATE.by(group.label());
      rows.add(new Report.Row(metric, "PGY-1 match rate, " + group.description(), "% of the group", published(metric)));
    }
    rows.add(new Report.Row(NationalMetrics.ACTIVE_MATCHED, "active applicants matched", "% of applicants",
        published(NationalMetrics.ACTIVE_MATCHED)));
    rows.add(new Report.Row(NationalMetrics.POSITIONS_FILLED, "positions filled", "% of positions",
        published(NationalMetrics.POSITIONS_FILLED)));
    rows.add(new Report.Row(NationalMetrics.UNFILLED_POSITIONS, "positions left unfilled", "positions", run.scale() == 1
        ? String.format(Locale.ROOT, "%,d", Published2025.POSITIONS - Published2025.FILLED) : "").format("%,.0f"));
    rows.add(new Report.Row(NationalMetrics.COUPLES_BOTH, "couples with both partners matched", "% of couples",
        published(NationalMetrics.COUPLES_BOTH)));
    rows.add(new Report.Row(NationalMetrics.PARTIAL_MATCHES, "matched to an advanced position, none of its supplemental list",
        "applicants", ""));
    rows.add(new Report.Row(NationalMetrics.LIST_MATCHED, "programs ranked by matched applicants", "programs",
        published(NationalMetrics.LIST_MATCHED)));
    rows.add(new Report.Row(NationalMetrics.LIST_UNMATCHED, "programs ranked by unmatched applicants", "programs",
        published(NationalMetrics.LIST_UNMATCHED)));
    rows.add(new Report.Row(NationalMetrics.RANKED_PER_PROGRAM, "applicants ranked per filled program", "applicants",
        published(NationalMetrics.RANKED_PER_PROGRAM)));
    rows.add(new Report.Row(NationalMetrics.FIRST_CHOICE, "matched US MD seniors at their first choice",
        "% of them", published(NationalMetrics.FIRST_CHOICE)));
    rows.add(new Report.Row(NationalMetrics.PRELIM_SURGERY_FILLED, "preliminary surgery positions filled",
        "% of positions", published(NationalMetrics.PRELIM_SURGERY_FILLED)));
    rows.add(new Report.Row(NationalMetrics.STABLE, "Roth–Peranson ended stable", "% of runs", 100,
        published(NationalMetrics.STABLE)));
    rows.add(new Report.Row(NationalMetrics.BLOCKING, "blocking coalitions left", "coalitions per run", ""));
    return rows;
  }

  private String summary(Experiment.ExperimentResult result, StudyRun run, List<Specialty> specialties) {
    Report report = new Report(this)
        .setup("%d replications of the simulated market at %s, matched by Roth–Peranson with couples last and up to 2 "
            + "retries in another order when a run ends unstable; master seed %d.", run.replications(),
            Report.scale(run.scale()), run.seed())
        .assumptions("")
        .answer("Means over the replications with 95% confidence intervals, beside the published figure and its "
            + "source where there is one (" + Published2025.SOURCE + ", unless said otherwise).")
        .table(rows(run), result);
    report.paragraph(stability(result, run.scale()));
    report.paragraph("By specialty: the positions each filled, and of the applicants who preferred it, the share "
        + "matched in it (the others matched in a backup or a PGY-1 year, or went unmatched). Beside them, the "
        + "specialty's 2025 positions and applicants per position (applicants who ranked it, per position offered; "
        + Published2025.SOURCE + ", as compiled in the public repository aymannnn/signaling). The published figures we "
        + "quote give no fill or match rate by specialty, so these are predictions of the model.");
    StringBuilder table = new StringBuilder("| specialty | positions (2025) | applicants per position (2025) "
        + "| positions filled, % (95% CI) | preferring applicants matched in it, % (95% CI) |\n|---|---:|---:|---:|---:|\n");
    for (Specialty specialty : specialties) {
      String key = NationalMetrics.key(specialty);
      table.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %s | %s |%n", specialty.name(), specialty.positions(),
          specialty.demand(), Report.interval(result.summary(NationalMetrics.SPECIALTY_FILLED.by(key)), 1, "%.1f"),
          specialty.kind().isPgy1Year() ? "(a PGY-1 year, applied to beside another)"
              : Report.interval(result.summary(NationalMetrics.SPECIALTY_MATCHED.by(key)), 1, "%.1f")));
    }
    report.paragraph(table.toString().strip());
    return report.files("match-rates.png").markdown();
  }

  /** What the stability row means, in plain words, from what the runs measured. */
  private static String stability(Experiment.ExperimentResult result, double scale) {
    MetricSummary stable = result.summary(NationalMetrics.STABLE);
    MetricSummary blocking = result.summary(NationalMetrics.BLOCKING);
    MetricSummary partnerSeats = result.summary(NationalMetrics.PARTNER_SEAT_BLOCKING);
    MetricSummary bySuite = result.summary(NationalMetrics.STABLE_BY_SUITE);
    return String.format(Locale.ROOT, "**Stability.** Roth–Peranson ended stable in %.0f%% of the runs (95%% CI %.0f%% "
        + "to %.0f%%), where the real match has ended stable every year on record; the runs left on average %.1f "
        + "blocking coalitions among %,d applicants, %.1f of them a couple member who would move into the program its "
        + "partner holds, using the seat the partner leaves. This project's definition of stability (Biró, Manlove and "
        + "McBride) counts such a coalition; the Stable Matching Suite's verifier does not, and by its definition "
        + "%.0f%% of the runs ended stable (95%% CI %.0f%% to %.0f%%). Couples drive it: without couples every run "
        + "ends stable (the `couples` study); with them, Roth–Peranson found its process repeating a state and cut "
        + "the cycle %.0f times per run on average, and the coalitions left are what the cut cycles leave behind.",
        100 * stable.mean(), 100 * stable.low(), 100 * stable.high(), blocking.mean(),
        Math.round(NationalMarketModel.APPLICANTS_2025 * scale), partnerSeats.mean(), 100 * bySuite.mean(),
        100 * bySuite.low(), 100 * bySuite.high(), result.summary(NationalMetrics.CYCLES).mean());
  }
}

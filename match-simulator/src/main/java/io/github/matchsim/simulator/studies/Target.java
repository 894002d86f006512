package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.simulate.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A published figure that a simulated national match should reproduce: the metric that measures
 * it, its name in words, its unit, the figure (null when only a range is published), its range and
 * source, and the factor from the metric's values to the unit (100 for a share of runs measured as
 * 0 or 1). The calibration report lists them all; other studies put them beside their answers.
 */
record Target(Metric metric, String name, String unit, Double figure, double low, double high, String source,
    double factor) {

  Target(Metric metric, String name, String unit, Double figure, double low, double high, String source) {
    this(metric, name, unit, figure, low, high, source, 1);
  }

  /** Every target, in the calibration report's order. */
  static final List<Target> ALL = all();

  /** The target measured by {@code metric}, if there is one. */
  static Optional<Target> of(Metric metric) {
    return ALL.stream().filter(t -> t.metric().equals(metric)).findFirst();
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

  /** The figure, or the range when no single figure is published. */
  String figureText() {
    return figure != null && low == high ? String.format(Locale.ROOT, "%.1f", figure)
        : String.format(Locale.ROOT, "%.1f to %.1f", low, high);
  }

  private static List<Target> all() {
    List<Target> targets = new ArrayList<>();
    for (NrmpGroup group : NationalMetrics.PUBLISHED_GROUPS) {
      double rate = Published2025.matchRate(group).orElseThrow();
      targets.add(new Target(NationalMetrics.MATCH_RATE.by(group.label()), "PGY-1 match rate, " + group.description(),
          "%", rate, rate, rate, Published2025.SOURCE));
    }
    targets.add(new Target(NationalMetrics.ACTIVE_MATCHED, "active applicants matched", "%",
        Published2025.ACTIVE_MATCHED_PERCENT, Published2025.ACTIVE_MATCHED_PERCENT, Published2025.ACTIVE_MATCHED_PERCENT,
        Published2025.SOURCE));
    targets.add(new Target(NationalMetrics.POSITIONS_FILLED, "positions filled", "%", Published2025.FILLED_PERCENT,
        Published2025.FILLED_PERCENT, Published2025.FILLED_PERCENT, Published2025.SOURCE));
    targets.add(new Target(NationalMetrics.COUPLES_BOTH, "couples with both partners matched", "%", null,
        Published2025.COUPLES_BOTH_LOW, Published2025.COUPLES_BOTH_HIGH, Published2025.COUPLES_SOURCE));
    targets.add(new Target(NationalMetrics.LIST_MATCHED, "programs ranked, matched applicants", "programs", null, 10,
        12.4, "NRMP, Average Length of Rank Order List by Match Status"));
    targets.add(new Target(NationalMetrics.LIST_UNMATCHED, "programs ranked, unmatched applicants", "programs", 4.0,
        3.5, 4.5, "the same NRMP report, as quoted by secondary sources"));
    targets.add(new Target(NationalMetrics.RANKED_PER_PROGRAM, "applicants ranked per filled program", "applicants",
        null, 71, 89, "Newsome et al., Am Surg 2023 (2015 to 2021; carries an Expression of Concern)"));
    targets.add(new Target(NationalMetrics.FIRST_CHOICE, "matched US MD seniors at their first choice", "%", 50.0, 45,
        55, "secondary summaries of NRMP data (about half)"));
    targets.add(new Target(NationalMetrics.PRELIM_SURGERY_FILLED, "preliminary surgery positions filled", "%", null,
        50, 62, "secondary sources (62% filled in 2011; 581 of 1,158 in 2019)"));
    targets.add(new Target(NationalMetrics.STABLE, "Roth–Peranson ends stable", "% of runs", 100.0, 100, 100,
        Published2025.STABLE_SOURCE, 100));
    return List.copyOf(targets);
  }
}

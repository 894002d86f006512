package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import io.github.matchsim.simulator.market.NationalMarketModel;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The one shape of every study's {@code summary.md}: question, setup, the market's assumptions,
 * answer (tables of means with 95% intervals, each figure with its unit and the published figure
 * beside it), and the files written. Studies fill it in; none writes its own scaffold.
 */
final class Report {
  /**
   * What every study's market assumes, in one paragraph shared by all of them, so that two studies
   * never contradict each other without saying why.
   */
  static final String FUNNEL_ASSUMPTIONS = "The market is made the way the Main Residency Match is made: applicants "
      + "apply, programs interview, and both sides rank only whom they interviewed. Specialties, their programs, "
      + "positions and applicants are those of 2025; which of them offer advanced (PGY-2) positions is assumed. "
      + "Applicants belong to the published groups in their 2024 proportions; each has a strength (its group's mean, "
      + "assumed and set so that the groups' match rates come near the published ones, plus a normal spread), a "
      + "preferred specialty, sometimes a backup one, and a home region. US MD seniors send about 47 applications "
      + "and IMGs about 120 (2015 figures), aimed near their own standing and more often at home. Programs invite "
      + "about 12 applicants per position, less readily those they are unlikely to get, in two rounds; applicants "
      + "attend at most 15 interviews; programs rank 90% of their interviewees. Non-US IMGs may need a J-1 (55%, "
      + "assumed) or an H-1B (25%, assumed) visa and apply only where it is taken (63.7% of programs take J-1 and 22% "
      + "sponsor H-1B, figures for internal medicine applied to all). Couples are pairs of US seniors who share a "
      + "home region and apply like singles, then rank every pair of their interviews that lies in one region, then "
      + "pairs with one partner unmatched. "
      + "The match is Roth–Peranson with couples last. Because the group strengths were set against the published "
      + "group rates, agreement there checks that setting, not the model; the other figures are predictions.";

  private final StringBuilder md = new StringBuilder();

  /** A report of a study: its name and question. */
  Report(Study study) {
    md.append("# ").append(study.name()).append("\n\n**Question.** ").append(study.question()).append("\n\n");
  }

  /** The setup: replications, market, algorithm and seed, in a sentence or two. */
  Report setup(String format, Object... args) {
    return paragraph("**Setup.** " + String.format(Locale.ROOT, format, args));
  }

  /** The shared paragraph of the market's assumptions, then what this study assumes besides ("" for nothing). */
  Report assumptions(String besides) {
    return paragraph("**Assumptions.** " + FUNNEL_ASSUMPTIONS + (besides.isEmpty() ? "" : " " + besides));
  }

  /** A paragraph of text. */
  Report paragraph(String text) {
    md.append(text).append("\n\n");
    return this;
  }

  /** "**Answer.**" and its first sentence. */
  Report answer(String text) {
    return paragraph("**Answer.** " + text);
  }

  /**
   * How a metric reads in a table: in words, its unit, the factor from its values to the unit (100
   * for a share of runs recorded as 0 or 1), the published figure beside it ("" when none), and how
   * its figures are written.
   */
  record Row(Metric metric, String words, String unit, double factor, String published, String format) {
    Row(Metric metric, String words, String unit, double factor, String published) {
      this(metric, words, unit, factor, published, "%.1f");
    }

    Row(Metric metric, String words, String unit, String published) {
      this(metric, words, unit, 1, published);
    }

    /** The same row with its figures written in {@code format}, such as {@code "%,.0f"} for a large count. */
    Row format(String format) {
      return new Row(metric, words, unit, factor, published, format);
    }
  }

  /** A table of rows: what, unit, simulated mean (95% interval), published. */
  Report table(List<Row> rows, Experiment.ExperimentResult result) {
    md.append("| | unit | simulated (95% CI) | published |\n|---|---|---:|---|\n");
    for (Row row : rows) {
      MetricSummary s = result.summary(row.metric());
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", row.words(), row.unit(),
          interval(s, row.factor(), row.format()), row.published()));
    }
    md.append("\n");
    return this;
  }

  /** A table with one row per x and one column per series: series s at x is {@code metric.apply(s).by(x)}. */
  Report grid(String xTitle, List<String> series, IntFunction<Metric> metric, List<?> xs,
      Experiment.ExperimentResult result, String format) {
    return grid(xTitle, series, metric, xs, xs.stream().map(String::valueOf).toList(), result, format);
  }

  /** The same, with the rows keyed by {@code keys} in the metrics' names and labelled by {@code labels}. */
  Report grid(String xTitle, List<String> series, IntFunction<Metric> metric, List<?> keys, List<String> labels,
      Experiment.ExperimentResult result, String format) {
    md.append("| ").append(xTitle).append(" |");
    series.forEach(s -> md.append(" ").append(s).append(" |"));
    md.append("\n|---|").append("---:|".repeat(series.size())).append("\n");
    for (int i = 0; i < keys.size(); i++) {
      md.append("| ").append(labels.get(i)).append(" |");
      for (int s = 0; s < series.size(); s++) {
        md.append(" ").append(interval(result.summary(metric.apply(s).by(keys.get(i))), 1, format)).append(" |");
      }
      md.append("\n");
    }
    md.append("\n");
    return this;
  }

  /** "**Published.**" and what the published figures say, with their sources. */
  Report published(String text) {
    return paragraph("**Published.** " + text);
  }

  /** The files written besides {@code summary.md}. */
  Report files(String... files) {
    return paragraph("Files: " + String.join(", ", List.of(files).stream().map(f -> "`" + f + "`").toList())
        + ", with `replications.csv` holding one row per replication and one column per metric, and "
        + "`summary.csv` each metric's mean and interval.");
  }

  /** The markdown. */
  String markdown() {
    return md.toString();
  }

  /** "mean (low to high)", or "n/a" when no replication measured it (a group absent from a tiny market). */
  static String interval(MetricSummary s, double factor, String format) {
    if (s.replications() == 0 || Double.isNaN(s.mean())) {
      return "n/a";
    }
    return String.format(Locale.ROOT, format + " (" + format + " to " + format + ")", factor * s.mean(),
        factor * s.low(), factor * s.high());
  }

  /** "the national scale" or "0.2 times the national scale", with the applicants it makes. */
  static String scale(double scale) {
    return String.format(Locale.ROOT, "%sthe national scale (%,d applicants)", scale == 1 ? "" : trim(scale) + " times ",
        Math.round(NationalMarketModel.APPLICANTS_2025 * scale));
  }

  /** A number without a trailing ".0". */
  static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}

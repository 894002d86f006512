package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code couples}: one cell of the {@code couples} study's grid as a {@link ReplicationSource}, so
 * that a sweep over couple shares and market sizes runs on a cluster (the {@code match-spark}
 * module) exactly as the study measures it: each replication draws a market of the 2025 model at
 * {@code scale} with {@code couple_percent} of its applicants in couples, matches it as every study
 * does, and reports whether the match ended stable, the couples with both partners matched and the
 * blocking coalitions left.
 */
public final class CouplesSource implements ReplicationSource {
  static final String SCALE = "scale";
  static final String COUPLE_PERCENT = "couple_percent";

  /** The source; it has no state. */
  public CouplesSource() {}

  @Override
  public String name() {
    return "couples";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(SCALE, "the market's size relative to the national one, above 0 (0.05 is about 2,400 applicants)");
    settings.put(COUPLE_PERCENT, "percent of applicants in couples, 0 to 100 (2025 had about 5.4)");
    return settings;
  }

  @Override
  public String about() {
    return "Each replication draws a market of the 2025 model at the setting's scale with that percent of its "
        + "applicants in couples, and matches it by Roth–Peranson with couples last and up to 2 retries in another "
        + "order; stable_percent is 100 when the stability checker finds no blocking coalition, both_matched the "
        + "percent of couples with both partners matched, blocking_coalitions what is left. Assumptions: "
        + Report.FUNNEL_ASSUMPTIONS + " Published: " + Published2025.STABLE_SOURCE + ", with 3.5% to 4.3% of "
        + "applicants in couples; " + String.format(java.util.Locale.ROOT, "%.0f%% to %.0f%%",
            Published2025.COUPLES_BOTH_LOW, Published2025.COUPLES_BOTH_HIGH)
        + " of couples with both partners matched (" + Published2025.COUPLES_SOURCE + ").";
  }

  @Override
  public Replication replication(Map<String, String> settings) {
    SourceSettings read = SourceSettings.of(name(), settings, settings());
    double scale = read.positive(SCALE, 100);
    int couplePercent = read.requiredWholeNumber(COUPLE_PERCENT, 0, 100);
    return (index, seed) -> {
      CouplesStudy.Cell cell = CouplesStudy.Cell.match(scale, couplePercent, seed);
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      metrics.put(CouplesStudy.STABLE_PERCENT, cell.stablePercent());
      metrics.put(CouplesStudy.BOTH_MATCHED, cell.bothMatched());
      metrics.put(CouplesStudy.BLOCKING, cell.blocking());
      return metrics;
    };
  }
}

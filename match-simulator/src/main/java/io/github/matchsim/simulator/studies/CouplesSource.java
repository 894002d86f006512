package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
  public Replication replication(Map<String, String> settings) {
    for (String key : settings.keySet()) {
      if (!Set.of(SCALE, COUPLE_PERCENT).contains(key)) {
        throw new IllegalArgumentException("couples: unknown setting \"" + key + "\"; the settings are " + settings().keySet());
      }
    }
    double scale = number(settings, SCALE);
    if (!(scale > 0 && scale <= 100)) {
      throw new IllegalArgumentException("couples: scale must be above 0 and at most 100, not " + settings.get(SCALE));
    }
    double percent = number(settings, COUPLE_PERCENT);
    if (percent != Math.rint(percent) || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("couples: couple_percent must be a whole number from 0 to 100, not "
          + settings.get(COUPLE_PERCENT));
    }
    int couplePercent = (int) percent;
    return (index, seed) -> {
      CouplesStudy.Cell cell = CouplesStudy.Cell.match(scale, couplePercent, seed);
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      metrics.put(CouplesStudy.STABLE_PERCENT, cell.stablePercent());
      metrics.put(CouplesStudy.BOTH_MATCHED, cell.bothMatched());
      metrics.put(CouplesStudy.BLOCKING, cell.blocking());
      return metrics;
    };
  }

  private static double number(Map<String, String> settings, String key) {
    String text = settings.get(key);
    if (text == null) {
      throw new IllegalArgumentException("couples: the setting \"" + key + "\" is missing (" + key + "=...)");
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("couples: " + key + " must be a number, not \"" + text + "\"");
    }
  }
}

package io.github.matchsim.simulate;

import java.util.Objects;

/**
 * A metric over the replications of an experiment: mean, standard deviation and a two-sided 95%
 * confidence interval for the mean, as the metric's declared {@link Metric.Kind} calls for:
 * Student's t with n − 1 degrees of freedom (kept within 0 and 100 for a percentage, above 0 for a
 * count), or, for a share of runs, Wilson's score interval for a proportion, which stays within
 * the bounds where the t interval would not.
 *
 * @param metric the metric
 * @param replications how many values
 * @param mean their mean
 * @param standardDeviation their sample standard deviation (0 for one value)
 * @param low the lower end of the 95% interval
 * @param high the upper end of the 95% interval
 */
public record MetricSummary(Metric metric, int replications, double mean, double standardDeviation, double low,
    double high) {
  public MetricSummary {
    Objects.requireNonNull(metric, "metric");
  }

  /**
   * The summary of the given values, with the interval the metric's {@link Metric.Kind} calls for.
   * A NaN value stands for "not observed in that replication" (an empty category, say) and is left
   * out; {@code replications} counts the others. With no value left, mean and interval are NaN.
   *
   * @throws IllegalArgumentException if a value is outside its kind's range (a share of runs other
   *     than 0 or 1, a percentage outside 0 to 100, a negative count)
   */
  public static MetricSummary of(Metric metric, double[] values) {
    values = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    checkRange(metric, values);
    int n = values.length;
    if (n == 0) {
      return new MetricSummary(metric, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    Metric.Kind kind = metric.kind();
    if (kind == Metric.Kind.SHARE_OF_RUNS || kind == Metric.Kind.PERCENT_OF_RUNS) {
      double top = kind == Metric.Kind.SHARE_OF_RUNS ? 1 : 100;
      double p = mean / top;
      double z = 1.959964;
      double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
      double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
      return new MetricSummary(metric, n, mean, sd, top * (centre - spread), top * (centre + spread));
    }
    double half = n > 1 ? tQuantile975(n - 1) * sd / Math.sqrt(n) : Double.NaN;
    double low = mean - half;
    double high = mean + half;
    if (kind == Metric.Kind.COUNT || kind == Metric.Kind.PERCENT) {
      low = Math.max(0, low);
    }
    if (kind == Metric.Kind.PERCENT) {
      high = Math.min(100, high);
    }
    return new MetricSummary(metric, n, mean, sd, low, high);
  }

  private static void checkRange(Metric metric, double[] values) {
    for (double v : values) {
      boolean ok = switch (metric.kind()) {
        case VALUE -> !Double.isInfinite(v);
        case COUNT -> v >= 0 && !Double.isInfinite(v);
        case PERCENT -> v >= 0 && v <= 100;
        case SHARE_OF_RUNS -> v == 0 || v == 1;
        case PERCENT_OF_RUNS -> v == 0 || v == 100;
      };
      if (!ok) {
        throw new IllegalArgumentException("metric " + metric.name() + " is " + metric.kind() + " but a replication gave " + v);
      }
    }
  }

  /** Half the width of the interval. */
  public double halfWidth() {
    return (high - low) / 2;
  }

  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  /**
   * The 97.5% quantile of Student's t: tabulated to 30 degrees of freedom, beyond by the first
   * Cornish–Fisher correction of the normal quantile, z + (z³ + z)/(4·df), which is within 0.001
   * of the exact value there.
   */
  static double tQuantile975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("degrees of freedom must be ≥ 1, not " + degreesOfFreedom);
    }
    if (degreesOfFreedom <= T975.length) {
      return T975[degreesOfFreedom - 1];
    }
    double z = 1.959964;
    return z + (z * z * z + z) / (4.0 * degreesOfFreedom);
  }

  /** The metric's name. */
  public String name() {
    return metric.name();
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: %.4g (95%% CI %.4g to %.4g, n = %d)", metric.name(), mean, low, high,
        replications);
  }
}

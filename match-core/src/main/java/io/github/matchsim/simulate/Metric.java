package io.github.matchsim.simulate;

import java.util.Objects;

/**
 * A quantity that the replications of an experiment measure, by the name it has in CSV headers
 * and summaries, such as {@code match_rate_US_MD}.
 *
 * <p>Declare a study's metrics once, as constants, and derive the members of a family with {@link
 * #by}: {@code MATCH_RATE.by(group.label())} is {@code match_rate_US_MD}, so that the name a
 * replication writes and the name a summary reads cannot drift apart. A name is letters, digits,
 * {@code _}, {@code -} and {@code .} only, so that it is a CSV header as it stands.
 *
 * <p>A metric declares its {@link Kind}, and the kind decides its confidence interval: a share of
 * runs gets Wilson's score interval, a percentage or a count an interval that never leaves its
 * range. Nothing is guessed from the values.
 *
 * @param name the metric's name
 * @param kind what its values are
 */
public record Metric(String name, Kind kind) {

  /** What a metric's values are, which decides its interval in {@link MetricSummary}. */
  public enum Kind {
    /** Any number: Student's t interval for the mean. */
    VALUE,
    /** A count, never negative: Student's t interval, never below 0. */
    COUNT,
    /** A percentage measured in each replication, 0 to 100: Student's t interval, kept within 0 and 100. */
    PERCENT,
    /** Whether something happened in a replication, 0 or 1: Wilson's score interval for the share of runs. */
    SHARE_OF_RUNS,
    /** The same as {@link #SHARE_OF_RUNS} written as 0 or 100, read as a percentage of runs. */
    PERCENT_OF_RUNS
  }

  public Metric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a metric's name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
        throw new IllegalArgumentException("metric name \"" + name + "\" has '" + c
            + "' at " + i + "; use letters, digits, '_', '-' and '.'");
      }
    }
  }

  /** A metric of any value named {@code name} ({@link Kind#VALUE}). */
  public static Metric named(String name) {
    return new Metric(name, Kind.VALUE);
  }

  /** A count ({@link Kind#COUNT}). */
  public static Metric count(String name) {
    return new Metric(name, Kind.COUNT);
  }

  /** A percentage measured in each replication ({@link Kind#PERCENT}). */
  public static Metric percent(String name) {
    return new Metric(name, Kind.PERCENT);
  }

  /** Whether something happened in a replication, 0 or 1 ({@link Kind#SHARE_OF_RUNS}). */
  public static Metric shareOfRuns(String name) {
    return new Metric(name, Kind.SHARE_OF_RUNS);
  }

  /** Whether something happened in a replication, 0 or 100 ({@link Kind#PERCENT_OF_RUNS}). */
  public static Metric percentOfRuns(String name) {
    return new Metric(name, Kind.PERCENT_OF_RUNS);
  }

  /**
   * The member of this family for one value of a dimension, of the same kind: this name, {@code
   * _}, then the value's text ({@code MATCHED.by("US_MD").by(10)} is {@code matched_US_MD_10}).
   */
  public Metric by(Object value) {
    return new Metric(name + "_" + Objects.requireNonNull(value, "value"), kind);
  }

  @Override
  public String toString() {
    return name;
  }
}

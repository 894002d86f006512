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
 * @param name the metric's name
 */
public record Metric(String name) {
  public Metric {
    Objects.requireNonNull(name, "name");
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

  /** The metric named {@code name}. */
  public static Metric named(String name) {
    return new Metric(name);
  }

  /**
   * The member of this family for one value of a dimension: this name, {@code _}, then the
   * value's text ({@code MATCHED.by("US_MD").by(10)} is {@code matched_US_MD_10}).
   */
  public Metric by(Object value) {
    return new Metric(name + "_" + Objects.requireNonNull(value, "value"));
  }

  @Override
  public String toString() {
    return name;
  }
}

package io.github.matchsim.simulate;

import java.util.Map;

/**
 * One replication of an experiment: from its index and seed, the metrics it measured.
 * Implementations must depend on nothing but the seed, so that results replay.
 */
@FunctionalInterface
public interface Replication {
  /**
   * Runs replication {@code index} with {@code seed}.
   *
   * @return the value of each metric; every replication of an experiment returns the same
   *     metrics, in the same order (use a {@link java.util.LinkedHashMap})
   */
  Map<Metric, Double> run(int index, long seed);
}

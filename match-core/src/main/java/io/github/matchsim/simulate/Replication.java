package io.github.matchsim.simulate;

import java.util.Map;

/**
 * One replication of an experiment: from its index and seed, the metrics it measured, by name.
 * Implementations must depend on nothing but the seed, so that results replay.
 */
@FunctionalInterface
public interface Replication {
  /**
   * Runs replication {@code index} with {@code seed}.
   *
   * @return metric values by name; every replication of an experiment returns the same names
   */
  Map<String, Double> run(int index, long seed);
}

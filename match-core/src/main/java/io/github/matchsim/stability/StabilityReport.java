package io.github.matchsim.stability;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link StabilityChecker} found: every blocking coalition of a matching, empty when it is
 * stable.
 *
 * @param blocking every block found, grouped by kind in the order of {@link BlockingCoalition.Kind}
 */
public record StabilityReport(List<BlockingCoalition> blocking) {
  public StabilityReport {
    blocking = List.copyOf(blocking);
  }

  /** Whether the matching is individually rational and no coalition blocks it. */
  public boolean isStable() {
    return blocking.isEmpty();
  }

  /** The number of blocks of each kind found. */
  public Map<BlockingCoalition.Kind, Integer> countByKind() {
    Map<BlockingCoalition.Kind, Integer> counts = new EnumMap<>(BlockingCoalition.Kind.class);
    for (BlockingCoalition coalition : blocking) {
      counts.merge(coalition.kind(), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public String toString() {
    return isStable() ? "stable" : "not stable: " + countByKind();
  }
}

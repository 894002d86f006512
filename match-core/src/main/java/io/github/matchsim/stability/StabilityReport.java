package io.github.matchsim.stability;

import io.github.matchsim.engine.BlockingScan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link StabilityChecker} found: every blocking coalition of a matching, none when it is
 * stable.
 *
 * <p>The check itself records what it finds as numbers; the coalitions, with their ids and
 * sentences, are written on the first call of {@link #blocking()}, so that a caller who only asks
 * {@link #isStable()} or {@link #count()} pays for no string. Instances are immutable and safe to
 * share between threads.
 */
public final class StabilityReport {
  private final BlockingScan scan;
  private volatile List<BlockingCoalition> blocking;

  StabilityReport(BlockingScan scan) {
    this.scan = scan;
  }

  /** Whether the matching is individually rational and no coalition blocks it. */
  public boolean isStable() {
    return scan.isStable();
  }

  /** The number of blocks found. */
  public int count() {
    return scan.count();
  }

  /** Every block found, grouped by kind in the order of {@link BlockingCoalition.Kind}. */
  public List<BlockingCoalition> blocking() {
    List<BlockingCoalition> described = blocking;
    if (described == null) {
      List<BlockingCoalition> list = new ArrayList<>(scan.count());
      for (int i = 0; i < scan.count(); i++) {
        list.add(StabilityChecker.describe(scan, i));
      }
      described = Collections.unmodifiableList(list);
      blocking = described;
    }
    return described;
  }

  /** The number of blocks of each kind found; kinds with none are absent. */
  public Map<BlockingCoalition.Kind, Integer> countByKind() {
    Map<BlockingCoalition.Kind, Integer> counts = new EnumMap<>(BlockingCoalition.Kind.class);
    BlockingCoalition.Kind[] kinds = BlockingCoalition.Kind.values();
    for (int i = 0; i < scan.count(); i++) {
      counts.merge(kinds[scan.kind(i)], 1, Integer::sum); // the scan's kinds are numbered in this order
    }
    return counts;
  }

  /** Equal when the same blocks were found, in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StabilityReport that && blocking().equals(that.blocking());
  }

  @Override
  public int hashCode() {
    return blocking().hashCode();
  }

  @Override
  public String toString() {
    return isStable() ? "stable" : "not stable: " + countByKind();
  }
}

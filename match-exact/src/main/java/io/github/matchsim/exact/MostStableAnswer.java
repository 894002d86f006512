package io.github.matchsim.exact;

import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a most-stable search: the matching with the fewest blocking coalitions found, its
 * coalitions (as the stability checker reports them: who blocks, with which programs), and whether
 * no matching has fewer has been proved.
 *
 * @param matching the best matching found; empty only when the budget ran out before any was
 * @param blocking its blocking coalitions, empty when it is stable
 * @param minimumProved whether it is proved that no matching has fewer blocking coalitions
 * @param elapsed the time the search took
 */
public record MostStableAnswer(Optional<Matching> matching, List<BlockingCoalition> blocking, boolean minimumProved,
    Duration elapsed) {
  public MostStableAnswer {
    Objects.requireNonNull(matching, "matching");
    blocking = List.copyOf(blocking);
    Objects.requireNonNull(elapsed, "elapsed");
    if (minimumProved && matching.isEmpty()) {
      throw new IllegalArgumentException("a proved minimum needs a matching");
    }
  }

  /** The number of blocking coalitions of the matching found (0: stable). */
  public int blockingCount() {
    return blocking.size();
  }
}

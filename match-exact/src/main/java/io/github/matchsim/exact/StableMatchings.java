package io.github.matchsim.exact;

import io.github.matchsim.matching.Matching;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The stable matchings of a market, as far as a search enumerated them.
 *
 * @param matchings the stable matchings found, each confirmed by the stability checker, in the
 *     order found
 * @param complete whether the search proved that there are no others (false when it stopped at its
 *     limit of matchings or of time)
 * @param elapsed the time the search took
 */
public record StableMatchings(List<Matching> matchings, boolean complete, Duration elapsed) {
  public StableMatchings {
    matchings = List.copyOf(matchings);
    Objects.requireNonNull(elapsed, "elapsed");
  }
}

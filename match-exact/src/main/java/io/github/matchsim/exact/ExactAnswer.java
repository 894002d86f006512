package io.github.matchsim.exact;

import io.github.matchsim.matching.Matching;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of an exact search.
 *
 * @param verdict what was found
 * @param matching the stable matching found, present exactly when the verdict is {@link
 *     ExactVerdict#STABLE}
 * @param elapsed how long the encoding and the search took
 * @param variables the variables of the encoding
 * @param constraints the clauses and cardinality constraints of the encoding
 */
public record ExactAnswer(ExactVerdict verdict, Optional<Matching> matching, Duration elapsed, int variables,
    int constraints) {
  public ExactAnswer {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(elapsed, "elapsed");
    if (matching.isPresent() != (verdict == ExactVerdict.STABLE)) {
      throw new IllegalArgumentException("a matching comes with the verdict STABLE and with no other, not " + verdict);
    }
  }
}

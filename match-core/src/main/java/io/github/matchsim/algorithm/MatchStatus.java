package io.github.matchsim.algorithm;

/** How a matching run ended; see {@code docs/semantics.md}. */
public enum MatchStatus {
  /** The matching passed the stability check. */
  STABLE,
  /** The process revisited a state; the best matching found is returned with its blocking coalitions. */
  CYCLE_DETECTED,
  /** A budget of proposals or time ran out; the best matching found is returned. */
  LIMIT_REACHED,
  /** An exact search proved that the market has no stable matching. */
  NO_STABLE_MATCHING
}

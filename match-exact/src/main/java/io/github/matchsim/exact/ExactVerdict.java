package io.github.matchsim.exact;

/** What an exact search found about a market. */
public enum ExactVerdict {
  /** A stable matching, which the stability checker confirms. */
  STABLE,
  /** A proof that the market has no stable matching. */
  NO_STABLE_MATCHING,
  /** The time budget ran out before either was found: nothing is claimed. */
  UNKNOWN
}

package io.github.matchsim.simulator.market;

/**
 * The visa a non-US-citizen IMG needs to train, and which programs it restricts the applicant to: a
 * program must accept J-1 visas (sponsored by ECFMG) or sponsor an H-1B visa itself.
 */
public enum Visa {
  /** No visa needed (US citizens, permanent residents, and IMGs with other work authorisation). */
  NONE,
  /** A J-1 exchange visitor visa: only programs that accept J-1. */
  J1,
  /** An H-1B work visa: only programs that sponsor H-1B. */
  H1B
}

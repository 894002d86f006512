package io.github.matchsim.simulator.market;

/**
 * The four US census regions, where programs are and where applicants call home. The shares of
 * programs are this model's assumption (roughly the regions' shares of residency positions).
 */
public enum Region {
  NORTHEAST(0.27),
  MIDWEST(0.23),
  SOUTH(0.32),
  WEST(0.18);

  private final double share;

  Region(double share) {
    this.share = share;
  }

  /** The assumed share of programs, and of applicants' homes, in this region. */
  public double share() {
    return share;
  }
}

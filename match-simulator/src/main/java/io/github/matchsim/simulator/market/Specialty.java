package io.github.matchsim.simulator.market;

import java.util.Objects;

/**
 * A specialty of the Main Residency Match as the simulated market uses it: its programs, positions
 * and the applicants who ranked it, and what kind of positions it offers.
 *
 * @param name the NRMP's name, such as {@code "Family Medicine"}
 * @param programs programs that offered positions
 * @param positions positions offered
 * @param applicants applicants who ranked the specialty (an applicant may rank several)
 * @param kind whether its positions start with a PGY-1 year, are that year alone, or may start in
 *     the PGY-2 year
 * @param advancedShare the share of its programs that offer advanced (PGY-2) positions; 0 unless
 *     {@code kind} is {@link Kind#WITH_ADVANCED}
 */
public record Specialty(String name, int programs, int positions, int applicants, Kind kind, double advancedShare) {

  /** What kind of positions a specialty offers. */
  public enum Kind {
    /** Categorical positions: a whole residency starting in the PGY-1 year. */
    CATEGORICAL,
    /** Categorical and advanced programs: advanced ones start in the PGY-2 year and need a PGY-1 year elsewhere. */
    WITH_ADVANCED,
    /** Preliminary PGY-1 positions (medicine, surgery): one year, taken with an advanced position or alone. */
    PRELIMINARY,
    /** Transitional-year PGY-1 positions: like preliminary ones, a broad first year. */
    TRANSITIONAL;

    /** Whether the positions are a PGY-1 year alone. */
    public boolean isPgy1Year() {
      return this == PRELIMINARY || this == TRANSITIONAL;
    }
  }

  public Specialty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (programs < 1 || positions < programs || applicants < 0) {
      throw new IllegalArgumentException(name + ": needs at least one program, a position per program and no negative"
          + " count, not " + programs + " programs, " + positions + " positions, " + applicants + " applicants");
    }
    if (!(advancedShare >= 0 && advancedShare <= 1) || (advancedShare > 0) != (kind == Kind.WITH_ADVANCED)) {
      throw new IllegalArgumentException(name + ": an advanced share in (0, 1] exactly for a specialty with advanced"
          + " programs, not " + advancedShare + " for " + kind);
    }
  }

  /** Applicants who ranked the specialty per position offered: its competitiveness. */
  public double demand() {
    return (double) applicants / positions;
  }
}

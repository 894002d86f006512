package io.github.matchsim.market;

import java.util.Locale;

/**
 * The kind of a residency program, after the NRMP program codes.
 *
 * <p>Only {@link #ADVANCED} and the PGY-1 year types ({@link #PRELIMINARY}, {@link #TRANSITIONAL})
 * change how the algorithms behave; the other types are labels that statistics report.
 */
public enum ProgramType {
  /** Categorical program (NRMP code C): starts at PGY-1 and trains to board eligibility. */
  CATEGORICAL("C"),
  /** Primary-care categorical program (NRMP code M). */
  PRIMARY("M"),
  /** Preliminary program (NRMP code P): one PGY-1 year. */
  PRELIMINARY("P"),
  /** Transitional year (NRMP code P): behaves exactly as {@link #PRELIMINARY}. */
  TRANSITIONAL("P"),
  /** Advanced program (NRMP code A): starts at PGY-2, a year after the match. */
  ADVANCED("A"),
  /** Reserved program (NRMP code R): PGY-2 positions for physicians with prior training. */
  RESERVED("R"),
  /** Fellowship or specialties-match program (NRMP codes F and S). */
  FELLOWSHIP("F");

  private final String nrmpCode;

  ProgramType(String nrmpCode) {
    this.nrmpCode = nrmpCode;
  }

  /** The one-letter NRMP program code. */
  public String nrmpCode() {
    return nrmpCode;
  }

  /** The lower-case name used in files, such as {@code "categorical"}. */
  public String externalName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether positions of this type are PGY-1 years listed on supplemental rank order lists. */
  public boolean isPgy1Year() {
    return this == PRELIMINARY || this == TRANSITIONAL;
  }

  /** Whether this type starts at PGY-2 and may have supplemental lists linked to it. */
  public boolean isAdvanced() {
    return this == ADVANCED;
  }

  /**
   * The type with the given external name (case-insensitive), such as {@code "advanced"}.
   *
   * @throws IllegalArgumentException if no type has that name
   */
  public static ProgramType fromExternalName(String name) {
    for (ProgramType type : values()) {
      if (type.externalName().equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown program type \"" + name + "\"; expected one of categorical, primary, preliminary,"
            + " transitional, advanced, reserved, fellowship");
  }
}

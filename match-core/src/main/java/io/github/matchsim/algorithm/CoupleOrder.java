package io.github.matchsim.algorithm;

/** When couples enter the Roth–Peranson process relative to singles. */
public enum CoupleOrder {
  /**
   * Singles first, then couples one at a time: the NRMP's choice, as its experiments found fewest
   * cycles this way (Roth and Peranson 1999, section III.B).
   */
  COUPLES_LAST,
  /** Couples first, one at a time, then singles. */
  COUPLES_FIRST,
  /** Singles and couples together, in the order of their ids (applicant id or couple id). */
  INTERLEAVED;

  /** The order as the command line and result files write it, such as {@code couples-last}. */
  public String externalName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The order with this external name.
   *
   * @throws IllegalArgumentException naming the orders there are
   */
  public static CoupleOrder fromExternalName(String name) {
    for (CoupleOrder order : values()) {
      if (order.externalName().equals(name)) {
        return order;
      }
    }
    throw new IllegalArgumentException("unknown order '" + name + "'; expected couples-last, couples-first or interleaved");
  }
}

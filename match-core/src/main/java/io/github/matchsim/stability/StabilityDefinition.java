package io.github.matchsim.stability;

/**
 * Which definition of stability the checker applies to couples. The two agree on singles,
 * supplemental lists, individual rationality and capacities; they differ in whether a couple's
 * members give up their seats when they deviate. Compare results with another tool's only under the
 * definition that tool checks.
 */
public enum StabilityDefinition {
  /**
   * This project's definition ({@code docs/semantics.md}), the default: Biró, Manlove and
   * McBride's for couples, extended to supplemental lists. Deviating members give up the seats
   * they leave and keep the seats they stay in, so a member may move into the seat its partner
   * vacates.
   *
   * <p>P. Biró, D. F. Manlove and I. McBride, "The Hospitals / Residents Problem with Couples:
   * Complexity and Integer Programming Models", SEA 2014, LNCS 8504:10–21.
   */
  BIRO_MANLOVE_MCBRIDE,

  /**
   * The definition the Stable Matching Suite's verifier ({@code matchvf}; Drummond, Perrault and
   * Bacchus, IJCAI 2015) checks for couples: seats count as they are held. A program admits a
   * couple member when the member is ranked above the holder of its last position (of its
   * second-to-last position when both members go to that program together), counting every current
   * holder, the couple's own members included, and an empty position as worse than anyone ranked.
   * A member's seat is thus never freed for its partner, and a member that keeps its program is
   * tested like an arriving one, which it fails only when it holds the last position of a full
   * program. Singles and supplemental lists are as in {@link #BIRO_MANLOVE_MCBRIDE}.
   */
  STABLE_MATCHING_SUITE
}

package io.github.matchsim.testkit;

import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;

/** Markets given in semantics.md. */
public final class SpecMarkets {
  private SpecMarkets() {}

  /**
   * The smallest market without a stable matching: programs p1, p2 with one position each; single
   * s ranks p1 &gt; p2; couple (w1, w2) ranks (p1, p2) &gt; (p2, p1); p1 ranks w1 &gt; s &gt; w2;
   * p2 ranks s &gt; w2 &gt; w1.
   */
  public static Market withoutStableMatching() {
    return Market.builder()
        .program("p1", ProgramType.CATEGORICAL, 1, "w1", "s", "w2")
        .program("p2", ProgramType.CATEGORICAL, 1, "s", "w2", "w1")
        .applicant("s", null, "p1", "p2")
        .applicant("w1", null)
        .applicant("w2", null)
        .couple("w", "w1", "w2", new ProgramPair("p1", "p2"), new ProgramPair("p2", "p1"))
        .build();
  }
}

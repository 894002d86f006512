package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results made outside the library's algorithms are checked on the way in. */
class MatchResultOfTest {
  // a ranks p1 > p2, p1 ranks a: a at p2 is blocked by (a, p1); a at p1 is stable.
  private static final Market MARKET = new Market(
      List.of(new Program("p1", ProgramType.CATEGORICAL, 1, List.of("a")),
          new Program("p2", ProgramType.CATEGORICAL, 1, List.of("a"))),
      List.of(new Applicant("a", "US_MD", List.of("p1", "p2"), List.of())), List.of());

  @Test
  void theBlockingCoalitionsAreTheCheckersAndTheStatusMayNotContradictThem() {
    Matching blocked = Matching.of(MARKET, Map.of("a", "p2"), Map.of());
    Matching stable = Matching.of(MARKET, Map.of("a", "p1"), Map.of());
    RunCounters none = RunCounters.ofProposals(0);

    MatchResult cycle = MatchResult.of("x", MatchStatus.CYCLE_DETECTED, blocked, none);
    assertEquals(1, cycle.blocking().size());
    assertEquals("x", cycle.algorithm());
    assertEquals(0, MatchResult.of("x", MatchStatus.STABLE, stable, none).blocking().size());

    assertThrows(IllegalArgumentException.class, () -> MatchResult.of("x", MatchStatus.STABLE, blocked, none));
    assertThrows(IllegalArgumentException.class, () -> MatchResult.of("x", MatchStatus.NO_STABLE_MATCHING, stable, none));
    assertThrows(NullPointerException.class, () -> MatchResult.of("x", MatchStatus.STABLE, null, none));
  }
}

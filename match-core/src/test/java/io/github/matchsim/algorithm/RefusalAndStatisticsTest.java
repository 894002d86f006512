package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Assignment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalAndStatisticsTest {
  private static final ProgramType C = ProgramType.CATEGORICAL;

  @Test
  void deferredAcceptanceRefusesCouplesSupplementalListsAndReversionsNamingRothPeranson() {
    Market market = Market.builder()
        .program("IM", C, 2, "a", "m1", "m2")
        .program("RAD", ProgramType.ADVANCED, 1, "a")
        .program("PRE", ProgramType.PRELIMINARY, 1, "a")
        .applicant("a", null, "RAD", "IM")
        .supplementalList("a", List.of("RAD"), List.of("PRE"))
        .applicant("m1", null)
        .applicant("m2", null)
        .couple("m", "m1", "m2", new ProgramPair("IM", "IM"))
        .reversion("RAD", "IM", 1)
        .build();
    for (MatchingAlgorithm algorithm : List.of(new GaleShapleyApplicantProposing(), new GaleShapleyProgramProposing())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> algorithm.match(market));
      assertTrue(e.getMessage().contains("1 couple, 1 supplemental list, 1 reversion"), e.getMessage());
      assertTrue(e.getMessage().contains("Roth–Peranson algorithm (\"roth-peranson\")"), e.getMessage());
    }
  }

  @Test
  void statisticsCountByGroupAndByOriginalRank() {
    // "IM" does not rank "c", so c's second choice is its first usable one: the rank reported is 2.
    Market market = Market.builder()
        .program("IM", C, 1, "a", "b")
        .program("FM", C, 2, "b", "c")
        .program("EM", C, 0, "a")
        .applicant("a", "US_MD", "EM", "IM")
        .applicant("b", "US_MD", "IM", "FM")
        .applicant("c", "NON_US_IMG", "IM", "FM")
        .applicant("d", null, "EM")
        .build();
    MatchResult result = new GaleShapleyApplicantProposing().match(market);
    assertEquals(List.of(
            new Assignment("a", "IM", 2, null, 0),
            new Assignment("b", "FM", 2, null, 0),
            new Assignment("c", "FM", 2, null, 0)),
        result.matching().assignments());
    assertEquals(List.of("d"), result.matching().unmatched());
    MatchStatistics statistics = result.statistics();
    assertEquals(Map.of("US_MD", 2, "NON_US_IMG", 1, "(no group)", 0), statistics.matchedByGroup());
    assertEquals(Map.of("US_MD", 0, "NON_US_IMG", 0, "(no group)", 1), statistics.unmatchedByGroup());
    assertEquals(List.of(0, 3), statistics.rankDistribution());
    assertEquals(3, statistics.positions());
    assertEquals(3, statistics.filledPositions());
    assertEquals(0, statistics.unfilledPositions());
    // a: EM (no positions), IM; b: IM (a is better), FM; c: FM. d's only entry is not mutual.
    assertEquals(5, statistics.proposals());
  }
}

package io.github.matchsim.algorithm;

import static io.github.matchsim.testkit.Checks.applicantRank;
import static io.github.matchsim.testkit.Checks.assertStable;
import static io.github.matchsim.testkit.Checks.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.testkit.Markets;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of applicant- and program-proposing deferred acceptance over 1,200 seeded markets of
 * six shapes (see {@link Markets#simple}). A failing seed replays alone: the seed is in the name.
 */
class DeferredAcceptancePropertyTest {
  private static final MatchingAlgorithm APPLICANT_PROPOSING = new GaleShapleyApplicantProposing();
  private static final MatchingAlgorithm PROGRAM_PROPOSING = new GaleShapleyProgramProposing();

  static LongStream seeds() {
    return Markets.seeds(1200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bothSidesAreStableAndOrderedAsTheLatticeSays(long seed) {
    IntMarket market = IntMarket.of(Markets.simple(seed));
    MatchResult byApplicants = APPLICANT_PROPOSING.match(market);
    MatchResult byPrograms = PROGRAM_PROPOSING.match(market);
    assertStable(byApplicants);
    assertStable(byPrograms);
    IntMatching ap = IntMatching.of(byApplicants.matching());
    IntMatching pp = IntMatching.of(byPrograms.matching());

    for (int a = 0; a < market.applicantCount(); a++) {
      int apRank = applicantRank(ap, a);
      int ppRank = applicantRank(pp, a);
      assertTrue(apRank <= ppRank, "applicant " + market.applicantId(a)
          + " prefers its program-proposing match (rank " + ppRank + " over " + apRank + ")");
      // Rural hospitals theorem: the same applicants are matched under both.
      assertEquals(ap.isMatched(a), pp.isMatched(a), "applicant " + market.applicantId(a));
    }
    for (int p = 0; p < market.programCount(); p++) {
      int[] apRanks = holderRanks(ap, p);
      int[] ppRanks = holderRanks(pp, p);
      // Rural hospitals theorem: every program fills the same number of positions.
      assertEquals(apRanks.length, ppRanks.length, "program " + market.programId(p) + " fill");
      for (int k = 0; k < apRanks.length; k++) {
        assertTrue(ppRanks[k] <= apRanks[k], "program " + market.programId(p)
            + " has a worse k-th holder under program-proposing, k = " + k);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shufflingTheInputChangesNothing(long seed) {
    Market market = Markets.simple(seed);
    Market shuffled = Markets.shuffled(market, seed);
    for (MatchingAlgorithm algorithm : new MatchingAlgorithm[] {APPLICANT_PROPOSING, PROGRAM_PROPOSING}) {
      MatchResult original = algorithm.match(market);
      MatchResult reordered = algorithm.match(shuffled);
      assertStable(reordered);
      assertEquals(byId(original.matching()), byId(reordered.matching()), algorithm.name());
    }
  }

  /** The program's ranks of its holders, best first. */
  private static int[] holderRanks(IntMatching matching, int p) {
    int[] holders = matching.holders(p);
    int[] ranks = new int[holders.length];
    for (int k = 0; k < holders.length; k++) {
      ranks[k] = matching.market().programRankOf(p, holders[k]);
    }
    Arrays.sort(ranks);
    return ranks;
  }
}

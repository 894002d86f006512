package io.github.matchsim.algorithm;

import static io.github.matchsim.testkit.Checks.applicantRank;
import static io.github.matchsim.testkit.Checks.assertStable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import io.github.matchsim.testkit.NaiveStability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On tiny markets (up to 8 applicants), every matching is enumerated: deferred acceptance must find
 * the applicant-best and the applicant-worst of the stable ones.
 */
class TinyMarketOracleTest {
  static LongStream seeds() {
    return Markets.seeds(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void applicantProposingIsApplicantBestAndProgramProposingApplicantWorst(long seed) {
    Market market = Markets.tinySimple(seed, 8);
    IntMarket compiled = IntMarket.of(market);
    MatchResult ap = new GaleShapleyApplicantProposing().match(compiled);
    MatchResult pp = new GaleShapleyProgramProposing().match(compiled);
    assertStable(ap);
    assertStable(pp);

    List<IntMatching> stable = new ArrayList<>();
    BruteForce.enumerate(market, candidate -> {
      boolean naive = NaiveStability.blocks(market, candidate.primary(), candidate.pgy1(),
          BruteForce.positions(market)).isEmpty();
      IntMatching matching = IntMatching.of(candidate.toMatching(compiled));
      assertEquals(naive, StabilityChecker.isStable(matching), () -> "checker and oracle disagree on " + candidate);
      if (naive) {
        stable.add(matching);
      }
    });
    assertFalse(stable.isEmpty(), "a market without couples always has a stable matching");
    assertTrue(stable.contains(ap.matching()), "applicant-proposing result is among the stable ones");
    assertTrue(stable.contains(pp.matching()), "program-proposing result is among the stable ones");
    for (IntMatching other : stable) {
      for (int a = 0; a < compiled.applicantCount(); a++) {
        assertTrue(applicantRank(ap.matching(), a) <= applicantRank(other, a),
            "applicant " + compiled.applicantId(a) + " does better in another stable matching");
        assertTrue(applicantRank(pp.matching(), a) >= applicantRank(other, a),
            "applicant " + compiled.applicantId(a) + " does worse in another stable matching");
      }
    }
  }
}

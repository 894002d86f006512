package io.github.matchsim.algorithm;

import static io.github.matchsim.testkit.Checks.assertStable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import io.github.matchsim.testkit.NaiveStability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Roth–Peranson against deferred acceptance and against brute force. */
class RothPeransonPropertyTest {
  static LongStream seeds() {
    return Markets.seeds(1000);
  }

  static LongStream tinySeeds() {
    return Markets.seeds(600);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withoutCouplesSupplementalListsOrReversionsItIsApplicantProposingDeferredAcceptance(long seed) {
    IntMarket market = IntMarket.of(Markets.simple(seed));
    MatchResult rp = new RothPeransonMatching().match(market);
    MatchResult da = new GaleShapleyApplicantProposing().match(market);
    assertStable(rp);
    assertEquals(da.matching(), rp.matching());
    assertEquals(da.statistics().proposals(), rp.statistics().proposals());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tinySeeds")
  void stableOnlyWhenBruteForceAgreesInEveryOrder(long seed) {
    Market market = Markets.tinyFull(seed);
    IntMarket compiled = IntMarket.of(market);
    List<IntMatching> stable = new ArrayList<>();
    BruteForce.enumerate(market, candidate -> {
      if (NaiveStability.blocks(market, candidate.primary(), candidate.pgy1(), BruteForce.positions(market)).isEmpty()) {
        stable.add(candidate.toMatching(compiled));
      }
    });
    for (CoupleOrder order : CoupleOrder.values()) {
      MatchResult result = RothPeransonMatching.builder().coupleOrder(order).build().match(compiled);
      // Whatever the status, the matching is individually rational and within capacity.
      assertTrue(StabilityChecker.check(result.matching()).blocking().stream()
          .noneMatch(b -> b.kind() == BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL
              || b.kind() == BlockingCoalition.Kind.OVER_CAPACITY), result::toString);
      assertEquals(result.status() == MatchStatus.STABLE, result.blocking().isEmpty());
      if (result.status() == MatchStatus.STABLE) {
        assertTrue(stable.contains(result.matching()), order + ": a STABLE result not found by brute force");
      }
      if (stable.isEmpty()) {
        assertTrue(result.status() != MatchStatus.STABLE, order + ": STABLE where no stable matching exists");
      }
    }
  }
}

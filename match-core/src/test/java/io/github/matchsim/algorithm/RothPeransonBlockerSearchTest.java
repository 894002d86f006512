package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.testkit.Markets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search for the blockers of a vacated program looks only at the applicants that went past it
 * and at its holders. It must re-activate exactly what a walk down the program's whole list does:
 * the same matching, status and counters, on markets with couples, supplemental lists and
 * reversions, in every couple order.
 */
class RothPeransonBlockerSearchTest {
  static LongStream seeds() {
    return Markets.seeds(300);
  }

  /** Small to medium markets, with as many couples, advanced programs and reversions as the seed says. */
  static IntMarket market(long seed) {
    SplittableRandom shape = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 11);
    return IntMarket.of(MarketGenerator.builder()
        .applicants(shape.nextInt(20, 900))
        .listLength(IntDistribution.uniform(2, 1 + shape.nextInt(2, 15)))
        .positions(IntDistribution.uniform(1, 1 + shape.nextInt(1, 12)))
        .coupleShare(shape.nextInt(4) == 0 ? 0 : shape.nextDouble(0.02, 0.3))
        .programTypeShares(shape.nextDouble(0.2), shape.nextDouble(0.3))
        .reversionShare(shape.nextDouble(0.3))
        .programRankShare(shape.nextBoolean() ? 1 : 0.8)
        .programQualityWeight(shape.nextDouble())
        .applicantScoreWeight(shape.nextDouble())
        .build()
        .generate(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void looksOnlyAtWhoWentPastAndFindsWhatTheWholeListWouldHave(long seed) {
    IntMarket market = market(seed);
    for (CoupleOrder order : CoupleOrder.values()) {
      MatchResult searched = RothPeransonMatching.builder().coupleOrder(order).build().match(market);
      MatchResult walked = RothPeransonMatching.builder().coupleOrder(order).wholeListSearch().build().match(market);
      assertEquals(walked.matching(), searched.matching(), order::toString);
      assertEquals(walked.status(), searched.status(), order::toString);
      assertEquals(walked.counters(), searched.counters(), order::toString);
      // The status stands on the independent checker's word.
      assertEquals(searched.status() == MatchStatus.STABLE,
          StabilityChecker.check(searched.matching()).isStable(), order::toString);
    }
  }
}

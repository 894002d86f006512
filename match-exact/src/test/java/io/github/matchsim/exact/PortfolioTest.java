package io.github.matchsim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portfolio on tiny markets: its verdict is brute force's, a stable answer is one the checker
 * confirms, and otherwise the matching it returns comes with exactly the checker's coalitions.
 */
class PortfolioTest {
  private static final Portfolio PORTFOLIO = Portfolio.withExactTimeLimit(Duration.ofSeconds(30));

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void itsVerdictIsBruteForcesAndItsMatchingComesWithItsCoalitions(long seed) {
    Market market = SatStableMatchingTest.tiny(seed);
    Portfolio.Answer answer = PORTFOLIO.match(market);
    boolean exists = SatStableMatchingTest.someStableMatching(market, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
    assertEquals(exists ? ExactVerdict.STABLE : ExactVerdict.NO_STABLE_MATCHING, answer.verdict());
    assertEquals(StabilityChecker.check(answer.matching()).count(), answer.blocking().size());
    assertEquals(answer.verdict() == ExactVerdict.STABLE, answer.blocking().isEmpty());
    if (answer.verdict() == ExactVerdict.NO_STABLE_MATCHING) {
      assertEquals(Portfolio.Step.EXACT, answer.foundBy(), "only the exact step proves there is none");
    }
  }

  @Test
  void aMarketOfSinglesIsAnsweredByRothPeranson() {
    Portfolio.Answer answer = PORTFOLIO.match(MarketGenerator.builder().applicants(300).build().generate(5));
    assertEquals(ExactVerdict.STABLE, answer.verdict());
    assertEquals(Portfolio.Step.ROTH_PERANSON, answer.foundBy());
  }

  @Test
  void aMarketItCannotEncodeIsLeftUnknownWhenTheHeuristicsFail() {
    // Supplemental lists and many couples: Roth–Peranson may fail; the exact step does not apply.
    int unknown = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Market market = MarketGenerator.builder().applicants(120).coupleShare(0.4).programTypeShares(0.2, 0.3)
          .build().generate(seed);
      Portfolio.Answer answer = PORTFOLIO.match(market);
      assertFalse(answer.verdict() == ExactVerdict.NO_STABLE_MATCHING, "no proof without the exact step");
      if (answer.verdict() == ExactVerdict.UNKNOWN) {
        assertEquals(Portfolio.Step.NONE, answer.foundBy());
        assertEquals(StabilityChecker.check(answer.matching()).count(), answer.blocking().size());
        assertTrue(answer.blocking().size() > 0);
        unknown++;
      }
    }
    assertTrue(unknown > 0, "some of these markets defeat Roth–Peranson");
  }
}

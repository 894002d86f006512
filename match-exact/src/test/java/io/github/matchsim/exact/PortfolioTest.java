package io.github.matchsim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
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
      assertEquals(MostStableTest.bruteForceMinimum(market, StabilityDefinition.BIRO_MANLOVE_MCBRIDE),
          answer.blocking().size(), "then the matching returned is a most stable one");
    }
    MatchResult result = answer.toResult();
    assertEquals(answer.verdict() == ExactVerdict.STABLE, result.status() == MatchStatus.STABLE);
    assertEquals(answer.verdict() == ExactVerdict.NO_STABLE_MATCHING, result.status() == MatchStatus.NO_STABLE_MATCHING);
    assertEquals(answer.blocking().size(), result.blocking().size());
    assertEquals(answer.foundBy() == Portfolio.Step.EXACT, result.algorithm().endsWith("+exact-sat"), result.algorithm());
  }

  @Test
  void aMarketOfSinglesIsAnsweredByRothPeranson() {
    Portfolio.Answer answer = PORTFOLIO.match(MarketGenerator.builder().applicants(300).build().generate(5));
    assertEquals(ExactVerdict.STABLE, answer.verdict());
    assertEquals(Portfolio.Step.ROTH_PERANSON, answer.foundBy());
  }

  @Test
  void marketsWithSupplementalListsAndManyCouplesAllGetADefiniteAnswer() {
    // Supplemental lists and 40% of applicants in couples: Roth–Peranson fails on some.
    int rescuedOrRefuted = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Market market = MarketGenerator.builder().applicants(120).coupleShare(0.4).programTypeShares(0.2, 0.3)
          .build().generate(seed);
      Portfolio.Answer answer = Portfolio.builder().mostStable(false).build().match(market);
      assertTrue(answer.verdict() != ExactVerdict.UNKNOWN, "seed " + seed);
      assertEquals(StabilityChecker.check(answer.matching()).count(), answer.blocking().size());
      if (answer.heuristic().status() != MatchStatus.STABLE) {
        assertEquals(Portfolio.Step.EXACT, answer.foundBy(), "KPR does not run with supplemental lists");
        rescuedOrRefuted++;
      }
    }
    assertTrue(rescuedOrRefuted > 0, "some of these markets defeat Roth–Peranson");
  }
}

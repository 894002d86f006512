package io.github.matchsim.algorithm;

import static io.github.matchsim.testkit.Checks.assertStable;
import static io.github.matchsim.testkit.Checks.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.testkit.Markets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link MatchingAlgorithm} promises, whatever it is (JGraphT style: each
 * implementation passes by a subclass that says which algorithm to test). Seeded markets from the
 * project's generators; every result goes through the stability checker.
 */
abstract class MatchingAlgorithmContractTest {
  /** The algorithm under test. */
  abstract MatchingAlgorithm algorithm();

  static LongStream seeds() {
    return Markets.seeds(60);
  }

  /** A market of singles only, which every algorithm handles and on which a stable matching exists. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isStableOnMarketsOfSinglesAndCarriesItsName(long seed) {
    MatchResult result = algorithm().match(Markets.simple(seed));
    assertStable(result);
    assertEquals(algorithm().name(), result.algorithm());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isDeterministicAndIgnoresTheOrderOfTheInput(long seed) {
    Market market = Markets.simple(seed);
    MatchResult first = algorithm().match(market);
    MatchResult again = algorithm().match(market);
    assertEquals(first.matching(), again.matching());
    assertEquals(first.status(), again.status());
    // Without couples the stable matching it finds is the side-optimal one, whatever the order.
    assertEquals(byId(first.matching()), byId(algorithm().match(Markets.shuffled(market, seed)).matching()));
  }

  @Test
  void givesTheSameResultsFromEightThreadsAtOnce() throws Exception {
    List<IntMarket> markets = new ArrayList<>();
    List<MatchResult> alone = new ArrayList<>();
    for (long seed = 1; seed <= 24; seed++) {
      Market market = MarketGenerator.builder().applicants(300).coupleShare(handles(MarketFeature.COUPLES) ? 0.05 : 0)
          .build().generate(seed);
      markets.add(IntMarket.of(market));
      alone.add(algorithm().match(market.compile()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MatchResult>> together = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (IntMarket market : markets) {
          together.add(pool.submit(() -> algorithm().match(market)));
        }
      }
      for (int k = 0; k < together.size(); k++) {
        MatchResult expected = alone.get(k % markets.size());
        MatchResult result = together.get(k).get();
        assertEquals(expected.matching(), result.matching(), "market " + (k % markets.size()));
        assertEquals(expected.status(), result.status());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A market with each feature: handled when declared, otherwise refused naming who handles it. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(MarketFeature.class)
  void refusesWhatItDoesNotHandleNamingAnAlgorithmThatDoes(MarketFeature feature) {
    MarketGenerator.Builder builder = MarketGenerator.builder().applicants(200);
    switch (feature) {
      case COUPLES -> builder.coupleShare(0.1);
      case SUPPLEMENTAL_LISTS -> builder.programTypeShares(0.2, 0.3);
      case REVERSIONS -> builder.reversionShare(0.3);
    }
    IntMarket market = IntMarket.of(builder.build().generate(7));
    assertTrue(MarketFeature.of(market).contains(feature), "the market has " + feature);
    if (handles(feature) && algorithm().handles().containsAll(MarketFeature.of(market))) {
      MatchResult result = algorithm().match(market);
      assertEquals(result.status() == MatchStatus.STABLE,
          io.github.matchsim.stability.StabilityChecker.isStable(result.matching()));
      return;
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> algorithm().match(market));
    List<MatchingAlgorithm> able = MatchingAlgorithms.handling(MarketFeature.of(market));
    assertFalse(able.isEmpty(), "some algorithm of the library handles " + feature);
    assertTrue(able.stream().anyMatch(a -> e.getMessage().contains("\"" + a.name() + "\"")), e::getMessage);
    assertTrue(e.getMessage().contains(algorithm().name()), e::getMessage);
  }

  @Test
  void isListedInTheRegistryUnderItsName() {
    assertTrue(MatchingAlgorithms.named(algorithm().name()).isPresent(), algorithm().name());
    assertEquals(algorithm().getClass(), MatchingAlgorithms.named(algorithm().name()).get().getClass());
  }

  private boolean handles(MarketFeature feature) {
    return algorithm().handles().contains(feature);
  }
}

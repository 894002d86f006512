package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import io.github.matchsim.testkit.NaiveStability;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sequential couples algorithm against the definition: on tiny markets with couples its status
 * is true by the literal oracle, it never says stable where brute force finds no stable matching;
 * on generated markets its status agrees with the independent checker and its matchings are
 * feasible.
 */
class KojimaPathakRothPropertyTest {
  static LongStream seeds() {
    return Markets.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void itsStatusIsTrueByTheLiteralDefinitionAndItNeverClaimsWhatDoesNotExist(long seed) {
    Market market = Markets.tinySinglesAndCouples(seed);
    IntMarket compiled = IntMarket.of(market);
    MatchResult result = new KojimaPathakRothMatching().match(compiled);
    java.util.Map<String, String> primary = new java.util.HashMap<>();
    result.matching().assignments().forEach(a -> primary.put(a.applicant(), a.program()));
    boolean naive = NaiveStability.blocks(market, primary, java.util.Map.of(), BruteForce.positions(market)).isEmpty();
    assertEquals(naive, result.status() == MatchStatus.STABLE, () -> result.status() + " on " + market.programs()
        + market.applicants() + market.couples());
    AtomicBoolean exists = new AtomicBoolean();
    BruteForce.enumerate(market, candidate -> {
      if (NaiveStability.blocks(market, candidate.primary(), candidate.pgy1(), BruteForce.positions(market)).isEmpty()) {
        exists.set(true);
      }
    });
    assertTrue(exists.get() || result.status() != MatchStatus.STABLE, "STABLE where no stable matching exists");
    if (market.couples().isEmpty()) {
      assertEquals(new GaleShapleyApplicantProposing().match(compiled).matching(), result.matching(),
          "without couples it is applicant-proposing deferred acceptance");
    }
  }

  static LongStream midSeeds() {
    return Markets.seeds(40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("midSeeds")
  void onGeneratedMarketsWithCouplesItsStatusIsTheCheckersAndItsMatchingFeasible(long seed) {
    Market market = MarketGenerator.builder().applicants(1_000).coupleShare(0.05)
        .listLength(IntDistribution.uniform(8, 12)).build().generate(seed);
    MatchResult result = new KojimaPathakRothMatching().match(market);
    assertEquals(StabilityChecker.isStable(result.matching()), result.status() == MatchStatus.STABLE);
    assertEquals(result.status() == MatchStatus.STABLE ? 0 : StabilityChecker.check(result.matching()).count(),
        result.blocking().size(), "the coalitions reported are the checker's");
    for (var program : market.programs()) {
      assertTrue(result.matching().holdersOf(program.id()).size() <= program.positions(), program.id());
    }
  }
}

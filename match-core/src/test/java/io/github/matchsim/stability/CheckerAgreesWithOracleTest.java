package io.github.matchsim.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import io.github.matchsim.testkit.NaiveStability;
import io.github.matchsim.testkit.NaiveStability.Block;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On tiny markets with couples, advanced and preliminary programs, supplemental lists and entries
 * that are not mutual, every matching the brute force enumerates (individually rational or not,
 * over capacity or not) gets exactly the same blocks from the checker as from the literal oracle,
 * under each definition of couple stability.
 */
class CheckerAgreesWithOracleTest {
  static LongStream seeds() {
    return Markets.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameBlocksAsTheLiteralDefinition(long seed) {
    agree(seed, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
  }

  /** The Stable Matching Suite's definition against its own literal oracle, on the same markets. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameBlocksAsTheSuitesDefinitionWrittenLiterally(long seed) {
    agree(seed, StabilityDefinition.STABLE_MATCHING_SUITE);
  }

  private static void agree(long seed, StabilityDefinition definition) {
    Market market = Markets.tinyFull(seed);
    IntMarket compiled = IntMarket.of(market);
    AtomicInteger visited = new AtomicInteger();
    BruteForce.enumerate(market, candidate -> {
      visited.incrementAndGet();
      Set<Block> expected = definition == StabilityDefinition.BIRO_MANLOVE_MCBRIDE
          ? NaiveStability.blocks(market, candidate.primary(), candidate.pgy1(), BruteForce.positions(market))
          : NaiveStability.blocksWithSeatsAsHeld(market, candidate.primary(), candidate.pgy1(),
              BruteForce.positions(market));
      StabilityReport report = StabilityChecker.check(candidate.toMatching(compiled), definition);
      Set<Block> actual = new HashSet<>();
      for (BlockingCoalition coalition : report.blocking()) {
        actual.add(new Block(coalition.kind(), coalition.applicants(), coalition.programs()));
      }
      assertEquals(expected, actual, () -> definition + ": blocks of " + candidate + " in " + market.programs()
          + market.applicants() + market.couples());
      assertEquals(actual.size(), report.blocking().size(), "a block is reported twice");
    });
    assertTrue(visited.get() > 0);
  }
}

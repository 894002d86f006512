package io.github.matchsim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import io.github.matchsim.stability.StabilityReport;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The most-stable search against brute force (MIN-BP-HRC): on every tiny market its matching has
 * the fewest blocking coalitions of all individually rational matchings, counted by the
 * independent checker, and it says the minimum is proved.
 */
class MostStableTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** The fewest blocking coalitions over every individually rational matching, by enumeration. */
  static int bruteForceMinimum(Market market, StabilityDefinition definition) {
    AtomicInteger minimum = new AtomicInteger(Integer.MAX_VALUE);
    EnumSet<BlockingCoalition.Kind> irrational =
        EnumSet.of(BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL, BlockingCoalition.Kind.OVER_CAPACITY);
    BruteForce.enumerate(market, candidate -> {
      StabilityReport report = StabilityChecker.check(Matching.of(market, candidate.primary(), candidate.pgy1()),
          definition);
      if (report.blocking().stream().noneMatch(b -> irrational.contains(b.kind()))) {
        minimum.accumulateAndGet(report.count(), Math::min);
      }
    });
    return minimum.get();
  }

  private static void isTheMinimum(Market market, StabilityDefinition definition, boolean fromHeuristic) {
    Matching start = fromHeuristic ? RothPeransonMatching.builder().build().match(market).matching() : null;
    MostStableAnswer answer = SatStableMatching.builder().definition(definition).build().mostStable(market, start);
    assertTrue(answer.minimumProved());
    Matching found = answer.matching().orElseThrow();
    StabilityReport report = StabilityChecker.check(found, definition);
    assertEquals(report.count(), answer.blockingCount(), "the coalitions reported are the checker's");
    assertTrue(report.blocking().stream().noneMatch(b -> b.kind() == BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL
        || b.kind() == BlockingCoalition.Kind.OVER_CAPACITY), "individually rational");
    assertEquals(bruteForceMinimum(market, definition), answer.blockingCount(),
        () -> market.programs() + " " + market.applicants() + " " + market.couples());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fewestCoalitionsOnSinglesAndCouples(long seed) {
    isTheMinimum(Markets.tinySinglesAndCouples(seed), StabilityDefinition.BIRO_MANLOVE_MCBRIDE, seed % 2 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fewestCoalitionsWithSupplementalLists(long seed) {
    isTheMinimum(Markets.tinyFull(seed), StabilityDefinition.BIRO_MANLOVE_MCBRIDE, seed % 2 == 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fewestCoalitionsWithReversions(long seed) {
    isTheMinimum(SatStableMatchingTest.tinyWithReversions(seed), StabilityDefinition.BIRO_MANLOVE_MCBRIDE,
        seed % 2 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fewestCoalitionsByTheSuitesDefinition(long seed) {
    isTheMinimum(Markets.tinySinglesAndCouples(seed), StabilityDefinition.STABLE_MATCHING_SUITE, false);
  }
}

package io.github.matchsim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact search against brute force: on every tiny market (up to 7 applicants, couples, pairs
 * of one program, pairs with a side unmatched, 0-position programs) it gives the same existence
 * verdict as enumerating every matching, under both definitions, and the matching it finds is one
 * the independent checker calls stable.
 */
class SatStableMatchingTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** A tiny market of singles and couples, 0-position programs included (the library's test kit). */
  static Market tiny(long seed) {
    return Markets.tinySinglesAndCouples(seed);
  }

  /** Whether some matching of the market is stable, by enumerating them all (the library's brute force). */
  static boolean someStableMatching(Market market, StabilityDefinition definition) {
    AtomicBoolean found = new AtomicBoolean();
    BruteForce.enumerate(market, candidate -> {
      if (!found.get() && StabilityChecker.isStable(Matching.of(market, candidate.primary(), candidate.pgy1()),
          definition)) {
        found.set(true);
      }
    });
    return found.get();
  }

  private static void agreesWithBruteForce(long seed, StabilityDefinition definition) {
    Market market = tiny(seed);
    ExactAnswer answer = SatStableMatching.builder().definition(definition).build().solve(market);
    boolean exists = someStableMatching(market, definition);
    assertEquals(exists ? ExactVerdict.STABLE : ExactVerdict.NO_STABLE_MATCHING, answer.verdict(),
        () -> definition + " on " + market.programs() + market.applicants() + market.couples());
    answer.matching().ifPresent(m -> assertTrue(StabilityChecker.isStable(m, definition), "confirmed by the checker"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameVerdictAsBruteForceByTheProjectsDefinition(long seed) {
    agreesWithBruteForce(seed, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameVerdictAsBruteForceByTheSuitesDefinition(long seed) {
    agreesWithBruteForce(seed, StabilityDefinition.STABLE_MATCHING_SUITE);
  }

  @Test
  void theSmallestMarketWithoutAStableMatchingIsProvedSo() {
    // docs/semantics.md: programs p1, p2 with one position each; single s ranks p1 > p2; couple (w1, w2)
    // ranks (p1, p2) > (p2, p1); p1 ranks w1 > s > w2; p2 ranks s > w2 > w1.
    Market market = new Market(
        List.of(new Program("p1", ProgramType.CATEGORICAL, 1, List.of("w1", "s", "w2")),
            new Program("p2", ProgramType.CATEGORICAL, 1, List.of("s", "w2", "w1"))),
        List.of(new Applicant("s", "US_MD", List.of("p1", "p2"), List.of()),
            new Applicant("w1", "US_MD", List.of(), List.of()), new Applicant("w2", "US_MD", List.of(), List.of())),
        List.of(new Couple("c", "w1", "w2", List.of(new ProgramPair("p1", "p2"), new ProgramPair("p2", "p1")))));
    ExactAnswer answer = SatStableMatching.withDefaults().solve(market);
    assertEquals(ExactVerdict.NO_STABLE_MATCHING, answer.verdict());
    assertTrue(answer.matching().isEmpty());
    assertTrue(answer.variables() > 0 && answer.constraints() > 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameVerdictAsBruteForceWithSupplementalListsAndCouples(long seed) {
    Market market = Markets.tinyFull(seed);
    ExactAnswer answer = SatStableMatching.withDefaults().solve(market);
    boolean exists = someStableMatching(market, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
    assertEquals(exists ? ExactVerdict.STABLE : ExactVerdict.NO_STABLE_MATCHING, answer.verdict(),
        () -> market.programs() + " " + market.applicants() + " " + market.couples());
    answer.matching().ifPresent(m -> assertTrue(StabilityChecker.isStable(m), "confirmed by the checker"));
  }

  /** Tiny markets with reversions (chains included), couples and 0-position programs. */
  static Market tinyWithReversions(long seed) {
    return MarketGenerator.builder().applicants(2 + (int) (seed % 5)).programs(3 + (int) (seed % 2))
        .positions(IntDistribution.uniform(0, 2)).listLength(IntDistribution.uniform(1, 3)).candidateFactor(1.5)
        .coupleShare(seed % 3 == 0 ? 0 : 0.6).reversionShare(0.7).build().generate(seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameVerdictAsBruteForceWithReversions(long seed) {
    Market market = tinyWithReversions(seed);
    ExactAnswer answer = SatStableMatching.withDefaults().solve(market);
    boolean exists = someStableMatching(market, StabilityDefinition.BIRO_MANLOVE_MCBRIDE);
    assertEquals(exists ? ExactVerdict.STABLE : ExactVerdict.NO_STABLE_MATCHING, answer.verdict(),
        () -> market.programs() + " " + market.applicants() + " " + market.couples());
    answer.matching().ifPresent(m -> assertTrue(StabilityChecker.isStable(m), "confirmed by the checker"));
  }
}

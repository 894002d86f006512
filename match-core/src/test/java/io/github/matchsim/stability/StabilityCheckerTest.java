package io.github.matchsim.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.stability.BlockingCoalition.Kind;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import io.github.matchsim.testkit.SpecMarkets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-made markets for each rule of the stability definition, and planted blocking pairs. */
class StabilityCheckerTest {
  private static final ProgramType C = ProgramType.CATEGORICAL;

  static LongStream seeds() {
    return Markets.seeds(300);
  }

  /** The report counts what the scan found, and describes it only when asked, kind by kind. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theReportsCountsAgreeWithItsCoalitions(long seed) {
    IntMarket market = IntMarket.of(io.github.matchsim.generate.MarketGenerator.builder().applicants(60).programs(12)
        .coupleShare(0.2).programTypeShares(0.2, 0.2).reversionShare(0.3).build().generate(seed));
    int[] primary = new int[market.applicantCount()];
    int[] pgy1 = new int[market.applicantCount()];
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int a = 0; a < primary.length; a++) { // any program at all: blocks of every kind
      primary[a] = random.nextInt(market.programCount() + 1) - 1;
      pgy1[a] = random.nextInt(4) == 0 ? random.nextInt(market.programCount()) : IntMarket.NO_PROGRAM;
    }
    StabilityReport report = StabilityChecker.check(IntMatching.withReversions(market, primary, pgy1));
    assertEquals(report.count(), report.blocking().size());
    assertEquals(report.isStable(), report.blocking().isEmpty());
    Map<Kind, Integer> counted = new java.util.EnumMap<>(Kind.class);
    Kind previous = Kind.values()[0];
    for (BlockingCoalition coalition : report.blocking()) {
      counted.merge(coalition.kind(), 1, Integer::sum);
      assertTrue(coalition.kind().compareTo(previous) >= 0, "grouped by kind in the enum's order");
      previous = coalition.kind();
    }
    assertEquals(counted, report.countByKind());
  }

  /** Unmatching an applicant of a stable matching frees a seat it ranks: a planted single block. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsPlantedBlockingPairs(long seed) {
    IntMarket market = IntMarket.of(Markets.simple(seed));
    IntMatching stable = IntMatching.of(new GaleShapleyApplicantProposing().match(market).matching());
    int victim = -1;
    for (int a = 0; a < market.applicantCount() && victim < 0; a++) {
      victim = stable.isMatched(a) ? a : -1;
    }
    if (victim < 0) {
      return; // nobody matched: nothing to plant
    }
    int[] primary = new int[market.applicantCount()];
    for (int a = 0; a < primary.length; a++) {
      primary[a] = a == victim ? IntMarket.NO_PROGRAM : stable.programOf(a);
    }
    StabilityReport report = StabilityChecker.check(IntMatching.ofPrimary(market, primary));
    BlockingCoalition planted = new BlockingCoalition(Kind.SINGLE, List.of(market.applicantId(victim)),
        List.of(market.programId(stable.programOf(victim))), "ignored");
    assertTrue(report.blocking().stream().anyMatch(b -> sameParties(b, planted)),
        () -> "planted block not found; found " + report.blocking());
  }

  @Test
  void semanticsExampleWithoutStableMatchingHasNone() {
    Market market = SpecMarkets.withoutStableMatching();
    IntMarket compiled = IntMarket.of(market);
    int[] stable = {0};
    int[] rational = {0};
    BruteForce.enumerate(market, candidate -> {
      StabilityReport report = StabilityChecker.check(candidate.toMatching(compiled));
      boolean irrational = report.blocking().stream()
          .anyMatch(b -> b.kind() == Kind.INDIVIDUALLY_IRRATIONAL || b.kind() == Kind.OVER_CAPACITY);
      rational[0] += irrational ? 0 : 1;
      stable[0] += report.isStable() ? 1 : 0;
    });
    assertTrue(rational[0] > 1, "the enumeration holds individually rational matchings");
    assertEquals(0, stable[0], "semantics.md: this market has no stable matching");
  }

  @Test
  void singleBlocksWhenProgramHasFreeSeatOrRanksItAboveItsWorstHolder() {
    Market market = Market.builder()
        .program("A", C, 1, "x", "y")
        .program("B", C, 1, "x", "y")
        .applicant("x", null, "A", "B")
        .applicant("y", null, "A", "B")
        .build();
    // x at B, y at A: x prefers A, and A ranks x above y.
    List<BlockingCoalition> blocks = check(market, Map.of("x", "B", "y", "A"), Map.of()).blocking();
    assertEquals(1, blocks.size(), blocks::toString);
    assertEquals(Kind.SINGLE, blocks.get(0).kind());
    assertEquals(List.of("x"), blocks.get(0).applicants());
    assertEquals(List.of("A"), blocks.get(0).programs());
    assertTrue(blocks.get(0).description().contains("above y"), blocks.get(0).description());
    // x at A, y at B: stable.
    assertTrue(check(market, Map.of("x", "A", "y", "B"), Map.of()).isStable());
    // Only y matched, at B: x blocks with A (free seat) and with B (ranks x above y), y with A.
    assertEquals(3, check(market, Map.of("y", "B"), Map.of()).blocking().size());
  }

  @Test
  void individualRationalityAndCapacity() {
    Market market = Market.builder()
        .program("A", C, 1, "x")
        .program("B", C, 1, "x", "y")
        .applicant("x", null, "A")
        .applicant("y", null, "A", "B")
        .build();
    // y at A: A does not rank y. x at B: not on x's list.
    StabilityReport report = check(market, Map.of("x", "B", "y", "A"), Map.of());
    assertEquals(2, report.countByKind().get(Kind.INDIVIDUALLY_IRRATIONAL), report::toString);
    // Both at B: one position, two holders.
    StabilityReport over = check(market, Map.of("x", "B", "y", "B"), Map.of());
    assertEquals(1, over.countByKind().get(Kind.OVER_CAPACITY), over::toString);
  }

  @Test
  void coupleNeedsTwoSeatsToEnterOneProgramTogether() {
    for (int positions = 2; positions <= 3; positions++) {
      Market market = Market.builder()
          .program("P", C, positions, "x", "m1", "m2")
          .program("Q", C, 2, "m1", "m2")
          .applicant("x", null, "P")
          .applicant("m1", null)
          .applicant("m2", null)
          .couple("c", "m1", "m2", new ProgramPair("P", "P"), new ProgramPair("Q", "Q"))
          .build();
      StabilityReport report = check(market, Map.of("x", "P", "m1", "Q", "m2", "Q"), Map.of());
      // With 2 positions: x holds one, m2 would be third: (P, P) does not block. With 3 it does.
      assertEquals(positions == 3, !report.isStable(), "positions " + positions + ": " + report);
    }
  }

  @Test
  void aMemberMayTakeTheSeatItsPartnerVacates() {
    // m1 holds P's only seat; the couple prefers (R, P): m1 moves to R, m2 into P.
    Market market = Market.builder()
        .program("P", C, 1, "m1", "m2")
        .program("Q", C, 1, "m2")
        .program("R", C, 1, "m1")
        .applicant("m1", null)
        .applicant("m2", null)
        .couple("c", "m1", "m2", new ProgramPair("R", "P"), new ProgramPair("P", "Q"))
        .build();
    StabilityReport report = check(market, Map.of("m1", "P", "m2", "Q"), Map.of());
    assertEquals(1, report.blocking().size(), report::toString);
    BlockingCoalition block = report.blocking().get(0);
    assertEquals(Kind.COUPLE, block.kind());
    assertEquals(List.of("R", "P"), block.programs());
  }

  @Test
  void aNoMatchSideAlwaysAccepts() {
    Market market = Market.builder()
        .program("P", C, 1, "m1")
        .program("Q", C, 1, "m1")
        .program("R", C, 1, "m2")
        .applicant("m1", null)
        .applicant("m2", null)
        .couple("c", "m1", "m2", new ProgramPair("P", null), new ProgramPair("Q", "R"))
        .build();
    StabilityReport report = check(market, Map.of("m1", "Q", "m2", "R"), Map.of());
    assertEquals(1, report.blocking().size(), report::toString);
    assertEquals(Arrays.asList("P", null), report.blocking().get(0).programs());
    assertTrue(check(market, Map.of("m1", "P"), Map.of()).isStable());
  }

  @Test
  void supplementalBlocksAndIrrationalPgy1Positions() {
    Market market = Market.builder()
        .program("ADV", ProgramType.ADVANCED, 1, "a")
        .program("PRE1", ProgramType.PRELIMINARY, 1, "b", "a")
        .program("PRE2", ProgramType.TRANSITIONAL, 1, "a")
        .applicant("a", null, "ADV")
        .applicant("b", null, "PRE1")
        .supplementalList("a", List.of("ADV"), List.of("PRE1", "PRE2"))
        .build();
    // a holds ADV with no PGY-1: PRE1 and PRE2 are free and rank a.
    StabilityReport none = check(market, Map.of("a", "ADV"), Map.of());
    assertEquals(2, none.countByKind().get(Kind.SUPPLEMENTAL), none::toString);
    // b holds PRE1, a holds ADV + PRE2: stable (PRE1 ranks b above a).
    assertTrue(check(market, Map.of("a", "ADV", "b", "PRE1"), Map.of("a", "PRE2")).isStable());
    // a holds ADV + PRE2 and b is unmatched: a blocks with PRE1, and b too.
    StabilityReport both = check(market, Map.of("a", "ADV"), Map.of("a", "PRE2"));
    assertEquals(1, both.countByKind().get(Kind.SUPPLEMENTAL), both::toString);
    assertEquals(1, both.countByKind().get(Kind.SINGLE), both::toString);
    // A PGY-1 position without the advanced one it is linked to is not individually rational.
    StabilityReport orphan = check(market, Map.of("b", "PRE1"), Map.of("a", "PRE2"));
    assertEquals(1, orphan.countByKind().get(Kind.INDIVIDUALLY_IRRATIONAL), orphan::toString);
  }

  @Test
  void finalPositionsAfterReversionsAreTheCapacity() {
    Market market = Market.builder()
        .program("A", C, 1, "x", "y")
        .applicant("x", null, "A")
        .applicant("y", null, "A")
        .build();
    IntMarket compiled = IntMarket.of(market);
    int[] primary = {0, 0};
    int[] none = {-1, -1};
    assertFalse(StabilityChecker.isStable(new IntMatching(compiled, primary, none, new int[] {1})));
    assertTrue(StabilityChecker.isStable(new IntMatching(compiled, primary, none, new int[] {2})));
  }

  private static boolean sameParties(BlockingCoalition a, BlockingCoalition b) {
    return a.kind() == b.kind() && a.applicants().equals(b.applicants()) && a.programs().equals(b.programs());
  }

  private static StabilityReport check(Market market, Map<String, String> primary, Map<String, String> pgy1) {
    return StabilityChecker.check(new BruteForce.Candidate(primary, pgy1).toMatching(market.compile()));
  }
}

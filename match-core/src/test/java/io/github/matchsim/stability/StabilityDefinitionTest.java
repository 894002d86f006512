package io.github.matchsim.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The two definitions of couple stability differ exactly where they should: a member moving into
 * the seat its partner vacates, and a member that stays in the last position of a full program.
 */
class StabilityDefinitionTest {
  private static Program program(String id, int positions, String... ranks) {
    return new Program(id, ProgramType.CATEGORICAL, positions, List.of(ranks));
  }

  private static Market coupleMarket(List<Program> programs, List<ProgramPair> pairs) {
    return new Market(programs,
        List.of(new Applicant("A", "US_MD", List.of(), List.of()), new Applicant("B", "US_MD", List.of(), List.of())),
        List.of(new Couple("C", "A", "B", pairs)));
  }

  @Test
  void aMemberMovingIntoItsPartnersVacatedSeatBlocksOnlyByTheProjectsDefinition() {
    // The couple holds (P1, P2) and prefers (P2, P3): A into the seat B leaves at P2, B into free P3.
    Market market = coupleMarket(List.of(program("P1", 1, "A"), program("P2", 1, "B", "A"), program("P3", 1, "B")),
        List.of(new ProgramPair("P2", "P3"), new ProgramPair("P1", "P2")));
    Matching matching = Matching.of(market, Map.of("A", "P1", "B", "P2"), Map.of());
    assertEquals(1, StabilityChecker.check(matching, StabilityDefinition.BIRO_MANLOVE_MCBRIDE).count());
    assertTrue(StabilityChecker.isStable(matching, StabilityDefinition.STABLE_MATCHING_SUITE),
        "the suite counts B's seat at P2 as held: P2 is full with B, whom it ranks above A");
  }

  @Test
  void aMemberStayingInTheLastSeatOfAFullProgramBlocksOnlyByTheProjectsDefinition() {
    // The couple holds (P1, P2) and prefers (P1, P3): A stays in P1's only seat, B moves to free P3.
    Market market = coupleMarket(List.of(program("P1", 1, "A"), program("P2", 1, "B"), program("P3", 1, "B")),
        List.of(new ProgramPair("P1", "P3"), new ProgramPair("P1", "P2")));
    Matching matching = Matching.of(market, Map.of("A", "P1", "B", "P2"), Map.of());
    assertEquals(1, StabilityChecker.check(matching).count(), "by default, the project's definition");
    assertTrue(StabilityChecker.isStable(matching, StabilityDefinition.STABLE_MATCHING_SUITE),
        "the suite tests A at P1 like an arrival, and A holds P1's last position");
  }

  @Test
  void bothDefinitionsAgreeWhereNoSeatOfTheCoupleIsInvolved() {
    // The couple holds (P1, P2) and prefers (P3, P4), both free: a block by either definition.
    Market market = coupleMarket(List.of(program("P1", 1, "A"), program("P2", 1, "B"), program("P3", 1, "A"),
        program("P4", 1, "B")), List.of(new ProgramPair("P3", "P4"), new ProgramPair("P1", "P2")));
    Matching matching = Matching.of(market, Map.of("A", "P1", "B", "P2"), Map.of());
    for (StabilityDefinition definition : StabilityDefinition.values()) {
      assertFalse(StabilityChecker.isStable(matching, definition), definition.toString());
      assertEquals(BlockingCoalition.Kind.COUPLE, StabilityChecker.check(matching, definition).blocking().get(0).kind());
    }
  }

  @Test
  void onTinyMarketsTheDefinitionsDifferOnSomeMatchingsAndOnlyInCoupleBlocks() {
    AtomicInteger differ = new AtomicInteger();
    for (long seed = 1; seed <= 60; seed++) {
      Market market = Markets.tinyFull(seed);
      IntMarket compiled = IntMarket.of(market);
      BruteForce.enumerate(market, candidate -> {
        Matching matching = candidate.toMatching(compiled);
        StabilityReport project = StabilityChecker.check(matching);
        StabilityReport suite = StabilityChecker.check(matching, StabilityDefinition.STABLE_MATCHING_SUITE);
        int projectCouples = project.countByKind().getOrDefault(BlockingCoalition.Kind.COUPLE, 0);
        int suiteCouples = suite.countByKind().getOrDefault(BlockingCoalition.Kind.COUPLE, 0);
        assertEquals(project.count() - projectCouples, suite.count() - suiteCouples, "only couple blocks differ");
        if (projectCouples != suiteCouples) {
          differ.incrementAndGet();
        }
      });
    }
    assertTrue(differ.get() > 0, "the tiny markets exercise the difference");
  }
}

package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coalition the two definitions of couple stability disagree on, told apart from the others. */
class NationalMetricsTest {
  private static Program program(String id, String... ranks) {
    return new Program(id, ProgramType.CATEGORICAL, 1, List.of(ranks));
  }

  @Test
  void aCoupleMemberMovingIntoItsPartnersSeatIsAPartnerSeatCoalition() {
    // Couple A and B holds (P1, P2) and prefers (P2, P3): A into the seat B leaves at P2, B into free P3.
    Market market = new Market(List.of(program("P1", "A"), program("P2", "B", "A"), program("P3", "B")),
        List.of(new Applicant("A", "US_MD", List.of(), List.of()), new Applicant("B", "US_MD", List.of(), List.of())),
        List.of(new Couple("C", "A", "B", List.of(new ProgramPair("P2", "P3"), new ProgramPair("P1", "P2")))));
    Matching matching = Matching.of(market, Map.of("A", "P1", "B", "P2"), Map.of());
    List<BlockingCoalition> blocking = StabilityChecker.check(matching).blocking();
    assertEquals(1, blocking.size(), blocking.toString());
    assertTrue(NationalMetrics.isPartnerSeat(blocking.get(0), matching), blocking.toString());
  }

  @Test
  void aCoupleMovingToTwoOtherProgramsOrASingleIsNot() {
    // Couple A and B holds (P1, P2) and prefers (P3, P4), both free; single S holds nothing and P5 would take it.
    Market market = new Market(List.of(program("P1", "A"), program("P2", "B"), program("P3", "A"), program("P4", "B"),
        program("P5", "S")),
        List.of(new Applicant("A", "US_MD", List.of(), List.of()), new Applicant("B", "US_MD", List.of(), List.of()),
            new Applicant("S", "US_IMG", List.of("P5"), List.of())),
        List.of(new Couple("C", "A", "B", List.of(new ProgramPair("P3", "P4"), new ProgramPair("P1", "P2")))));
    Matching matching = Matching.of(market, Map.of("A", "P1", "B", "P2"), Map.of());
    List<BlockingCoalition> blocking = StabilityChecker.check(matching).blocking();
    assertEquals(2, blocking.size(), blocking.toString());
    for (BlockingCoalition coalition : blocking) {
      assertFalse(NationalMetrics.isPartnerSeat(coalition, matching), coalition.toString());
    }
  }
}

package io.github.matchsim.matching;

import io.github.matchsim.engine.IntMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The view by id says what the view by index says, on markets with every feature. */
class IdViewTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theViewByIdAgreesWithTheViewByIndex(long seed) {
    Market market = MarketGenerator.builder().applicants(50 + (int) seed * 5).coupleShare(0.1)
        .programTypeShares(0.1, 0.2).reversionShare(0.2).build().generate(seed);
    IntMatching matching = IntMatching.of(new RothPeransonMatching().match(market).matching());
    IntMarket compiled = matching.market();
    for (Assignment assignment : matching.assignments()) {
      assertEquals(assignment, matching.assignmentOf(assignment.applicant()).orElseThrow());
    }
    for (String id : matching.unmatched()) {
      assertTrue(matching.assignmentOf(id).isEmpty(), id);
    }
    for (int p = 0; p < compiled.programCount(); p++) {
      String id = compiled.programId(p);
      assertEquals(Arrays.stream(matching.holders(p)).mapToObj(compiled::applicantId).toList(), matching.holdersOf(id));
      assertEquals(matching.finalPositions(p), matching.finalPositionsOf(id));
    }
    assertThrows(IllegalArgumentException.class, () -> matching.assignmentOf("no such applicant"));
    assertThrows(IllegalArgumentException.class, () -> matching.holdersOf("no such program"));
  }
}

package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Market;
import io.github.matchsim.stability.StabilityChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reading gave, as text to compare (the market's lists, or the problems' messages), and
 * whether a market read matches as the one it should equal.
 */
final class Outcomes {
  private Outcomes() {}

  /** Reads a market; throws what the reading throws but {@link InvalidFileException}. */
  @FunctionalInterface
  interface Reading {
    Market read() throws Exception;
  }

  static String of(Reading reading) throws Exception {
    try {
      Market market = reading.read();
      return "market " + market.programs() + market.applicants() + market.couples();
    } catch (InvalidFileException e) {
      List<String> messages = new ArrayList<>();
      e.problems().forEach(p -> messages.add(p.toString()));
      return "problems " + messages;
    }
  }

  /**
   * Roth–Peranson gives {@code read} the same assignments as {@code expected}, and the checker
   * finds blocking coalitions exactly when the result lists some (it ends {@code STABLE} with none).
   */
  static void assertSameMatching(Market expected, Market read) {
    MatchResult a = new RothPeransonMatching().match(read.compile());
    MatchResult b = new RothPeransonMatching().match(expected.compile());
    assertEquals(b.matching().assignments(), a.matching().assignments());
    boolean stable = StabilityChecker.check(a.matching()).isStable();
    assertEquals(a.blocking().isEmpty(), stable);
    assertTrue(a.status() != MatchStatus.STABLE || stable, "STABLE claimed, not confirmed");
  }
}

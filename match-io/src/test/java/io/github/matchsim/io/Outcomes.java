package io.github.matchsim.io;

import io.github.matchsim.market.Market;
import java.util.ArrayList;
import java.util.List;

/** What a reading gave, as text to compare: the market's lists, or the problems' messages. */
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
}

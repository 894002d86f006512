package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import java.util.HashMap;
import java.util.Map;

/** Checks that a market read from a file holds each id as one string object (see {@code IdPool}). */
final class SharedIds {
  private SharedIds() {}

  static void assertListsShareTheIdStrings(Market market) {
    Map<String, String> ids = new HashMap<>();
    market.programs().forEach(p -> ids.put(p.id(), p.id()));
    market.applicants().forEach(a -> ids.put(a.id(), a.id()));
    for (Program program : market.programs()) {
      program.rankOrderList().forEach(a -> assertSame(ids.get(a), a, () -> program.id() + " ranks " + a));
    }
    for (Applicant applicant : market.applicants()) {
      applicant.rankOrderList().forEach(p -> assertSame(ids.get(p), p, () -> applicant.id() + " ranks " + p));
    }
    for (Couple couple : market.couples()) {
      for (ProgramPair pair : couple.rankOrderList()) {
        for (String p : new String[] {pair.first(), pair.second()}) {
          if (p != null) {
            assertSame(ids.get(p), p, () -> couple.id() + " ranks " + p);
          }
        }
      }
    }
  }
}

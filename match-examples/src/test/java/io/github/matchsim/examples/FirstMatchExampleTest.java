package io.github.matchsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.GaleShapleyProgramProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.stability.StabilityChecker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FirstMatchExampleTest {
  @Test
  void theTwoSidesGiveTheTwoStableMatchingsTheExampleDescribes() {
    IntMarket market = IntMarket.of(FirstMatchExample.market());
    MatchResult ap = new GaleShapleyApplicantProposing().match(market);
    MatchResult pp = new GaleShapleyProgramProposing().match(market);
    assertTrue(StabilityChecker.check(ap.matching()).isStable());
    assertTrue(StabilityChecker.check(pp.matching()).isStable());
    Map<String, String> apById = byId(ap);
    Map<String, String> ppById = byId(pp);
    assertEquals("MERCY-FM", apById.get("Diaz"));
    assertEquals("RURAL-FM", ppById.get("Diaz"));
    assertEquals(2, apById.keySet().stream().filter(a -> !apById.get(a).equals(ppById.get(a))).count());
  }

  @Test
  void printsATableWithTheDifferencesMarked() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FirstMatchExample.print(FirstMatchExample.market(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, text.lines().filter(line -> line.endsWith("<- differs")).count(), text);
    assertEquals(2, text.lines().filter(line -> line.contains("STABLE, checked stable")).count(), text);
    assertTrue(text.contains("6 of 8 applicants matched"), text);
  }

  private static Map<String, String> byId(MatchResult result) {
    return result.matching().assignments().stream()
        .collect(Collectors.toMap(a -> a.applicant(), a -> a.program()));
  }
}

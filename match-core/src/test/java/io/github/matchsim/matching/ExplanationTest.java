package io.github.matchsim.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.matching.Explanation.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Explanations on a hand-made market with every case: a single turned down by a program filled with
 * applicants it ranked higher, by one that did not rank it and by one without positions, then
 * matched, then an entry below its match; a couple whose first pair failed on the member's side,
 * whose second failed on the partner's side, matched on its third; a supplemental list whose first
 * preliminary program was filled above; and, in a matching that is not stable, a program with room.
 */
class ExplanationTest {
  private static final Market MARKET = new Market(
      List.of(
          new Program("P1", ProgramType.CATEGORICAL, 1, List.of("x", "s")),
          new Program("P2", ProgramType.CATEGORICAL, 1, List.of("t")),
          new Program("P5", ProgramType.CATEGORICAL, 0, List.of("s")),
          new Program("P3", ProgramType.CATEGORICAL, 2, List.of("s", "u")),
          new Program("P4", ProgramType.CATEGORICAL, 1, List.of("s")),
          new Program("A1", ProgramType.ADVANCED, 1, List.of("u")),
          new Program("R1", ProgramType.PRELIMINARY, 1, List.of("v", "u")),
          new Program("R2", ProgramType.PRELIMINARY, 1, List.of("u")),
          new Program("Q1", ProgramType.CATEGORICAL, 1, List.of("y", "m1")),
          new Program("Q2", ProgramType.CATEGORICAL, 1, List.of("m2")),
          new Program("Q3", ProgramType.CATEGORICAL, 1, List.of("m1")),
          new Program("Q4", ProgramType.CATEGORICAL, 1, List.of())),
      List.of(
          new Applicant("x", "US_MD", List.of("P1"), List.of()),
          new Applicant("s", "US_MD", List.of("P1", "P2", "P5", "P3", "P4"), List.of()),
          new Applicant("t", "US_MD", List.of("P2"), List.of()),
          new Applicant("u", "NON_US_IMG", List.of("A1"), List.of(new SupplementalList(List.of("A1"), List.of("R1", "R2")))),
          new Applicant("v", "US_MD", List.of("R1"), List.of()),
          new Applicant("y", "US_MD", List.of("Q1"), List.of()),
          new Applicant("m1", "US_MD", List.of(), List.of()),
          new Applicant("m2", "US_MD", List.of(), List.of())),
      List.of(new Couple("C", "m1", "m2", List.of(new ProgramPair("Q1", "Q2"), new ProgramPair("Q3", "Q4"),
          new ProgramPair("Q3", null)))));

  private static Matching stableMatching() {
    MatchResult result = RothPeransonMatching.builder().build().match(MARKET);
    assertEquals(MatchStatus.STABLE, result.status());
    return result.matching();
  }

  @Test
  void aSingleTurnedDownThreeWaysThenMatched() {
    Explanation e = Explanation.of(stableMatching(), "s");
    assertEquals(List.of(
        "s matched P3, its 4th choice.",
        "1. P1 ranked you 2nd; its 1 position went to applicants it ranked higher, the last of them 1st.",
        "2. P2 did not rank you.",
        "3. P5 had no positions to fill.",
        "4. P3 ranked you 1st: you matched here.",
        "5. P4: not needed: you matched a program you ranked higher."), e.lines());
    assertEquals(List.of(Outcome.FILLED_ABOVE, Outcome.NOT_RANKED, Outcome.NO_POSITIONS, Outcome.MATCHED,
        Outcome.BELOW_MATCH), e.entries().stream().map(Explanation.Entry::outcome).toList());
    Explanation.Side p1 = e.entries().get(0).sides().get(0);
    assertEquals(2, p1.rankByProgram());
    assertEquals(1, p1.lastAdmittedRank());
    assertEquals(1, p1.positions());
  }

  @Test
  void aCoupleMemberSeesEachPairAndWhichSideTurnedItDown() {
    Matching matching = stableMatching();
    assertEquals(List.of(
        "m1 and m2 (a couple) matched their 3rd pair: m1 at Q3, m2 at no match.",
        "1. You at Q1, m2 at Q2: Q1 ranked you 2nd; its 1 position went to applicants it ranked higher, the last of"
            + " them 1st.",
        "2. You at Q3, m2 at Q4: Q4 did not rank m2.",
        "3. You at Q3, m2 at no match: your couple matched here."), Explanation.of(matching, "m1").lines());
    List<String> partner = Explanation.of(matching, "m2").lines();
    assertEquals("1. You at Q2, m1 at Q1: Q1 ranked m1 2nd; its 1 position went to applicants it ranked higher, the"
        + " last of them 1st.", partner.get(1));
    assertEquals("2. You at Q4, m1 at Q3: Q4 did not rank you.", partner.get(2));
    assertEquals("m1", Explanation.of(matching, "m2").partner());
  }

  @Test
  void aSupplementalListIsExplainedAfterThePrimaryList() {
    Explanation e = Explanation.of(stableMatching(), "u");
    assertEquals(List.of(
        "u matched A1, its 1st choice.",
        "1. A1 ranked you 1st: you matched here.",
        "Supplemental list for A1 (your PGY-1 year): matched R2, its 2nd program.",
        "1. R1 ranked you 2nd; its 1 position went to applicants it ranked higher, the last of them 1st.",
        "2. R2 ranked you 1st: you matched here."), e.lines());
    assertEquals(Outcome.FILLED_ABOVE, e.supplemental().get(0).outcome());
  }

  @Test
  void aProgramWithRoomSaysTheResultIsNotStableThere() {
    Matching unstable = Matching.of(MARKET, Map.of("x", "P1", "t", "P2"), Map.of());
    Explanation e = Explanation.of(unstable, "s");
    assertEquals("s did not match: none of the 5 programs on its list took it.", e.summary());
    assertEquals("4. P3 ranked you 1st and had room for you: this result is not stable here.", e.lines().get(4));
    assertEquals(Outcome.ROOM_LEFT, e.entries().get(3).outcome());
    assertTrue(e.lines().get(5).startsWith("5. P4 ranked you 1st and had room"), e.lines().get(5));
  }

  @Test
  void anUnknownApplicantIsRefusedByName() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Explanation.of(stableMatching(), "nobody"));
    assertEquals("the market has no applicant \"nobody\"", error.getMessage());
  }
}

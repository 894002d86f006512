package io.github.matchsim.algorithm;

import static io.github.matchsim.testkit.Checks.assertStable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.testkit.SpecMarkets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made markets, one per rule of the Roth–Peranson process, each with its expected matching. */
class RothPeransonRulesTest {
  private static final ProgramType C = ProgramType.CATEGORICAL;
  private static final ProgramType ADV = ProgramType.ADVANCED;
  private static final ProgramType PRE = ProgramType.PRELIMINARY;

  private static MatchResult match(Market market) {
    return new RothPeransonMatching().match(market);
  }

  private static Assignment at(String applicant, String program, int rank) {
    return new Assignment(applicant, program, rank, null, 0);
  }

  private static Assignment at(String applicant, String program, int rank, String pgy1, int pgy1Rank) {
    return new Assignment(applicant, program, rank, pgy1, pgy1Rank);
  }

  // ---- the two small markets of semantics.md ----

  @Test
  void theMarketWithoutAStableMatchingNeverEndsStable() {
    Market market = SpecMarkets.withoutStableMatching();
    for (CoupleOrder order : CoupleOrder.values()) {
      MatchResult result = RothPeransonMatching.builder().coupleOrder(order).retries(3).build().match(market);
      assertNotEquals(MatchStatus.STABLE, result.status(), order.toString());
      assertTrue(!result.blocking().isEmpty(), "the blocking coalitions are returned");
      assertEquals(3, result.statistics().retries());
    }
  }

  @Test
  void anOrderDependentMarketGivesTwoDifferentStableMatchings() {
    // Found by search over generated markets: couples last, C0 gets (P0, P2); couples first, C1
    // enters before the single A4, and A4 ends at P0 with C1 at (P1, P2).
    Market market = Market.builder()
        .program("P0", C, 1, "A0", "A1", "A4", "A3", "A5", "A2")
        .program("P1", C, 1, "A4", "A2")
        .program("P2", C, 1, "A3", "A1")
        .applicant("A4", null, "P0", "P1")
        .applicant("A5", null, "P0")
        .applicant("A0", null).applicant("A1", null).applicant("A2", null).applicant("A3", null)
        .couple("C0", "A0", "A1", new ProgramPair("P0", "P0"), new ProgramPair("P0", "P2"))
        .couple("C1", "A2", "A3", new ProgramPair("P0", "P2"), new ProgramPair("P0", "P0"),
            new ProgramPair("P1", "P2"), new ProgramPair("P1", "P0"))
        .build();
    MatchResult last = RothPeransonMatching.builder().coupleOrder(CoupleOrder.COUPLES_LAST).build().match(market);
    MatchResult first = RothPeransonMatching.builder().coupleOrder(CoupleOrder.COUPLES_FIRST).build().match(market);
    assertStable(last);
    assertStable(first);
    assertEquals(List.of(at("A4", "P1", 2), at("A0", "P0", 2), at("A1", "P2", 2)), last.matching().assignments());
    assertEquals(List.of(at("A4", "P0", 1), at("A2", "P1", 3), at("A3", "P2", 3)), first.matching().assignments());
  }

  @Test
  void aSpentProposalBudgetEndsLimitReachedWithTheBlockingCoalitions() {
    // x takes A with 1 proposal, y takes B after 2 more; z, last, finds the budget of 1 spent.
    Market market = Market.builder()
        .program("A", C, 1, "x", "y", "z")
        .program("B", C, 1, "x", "y", "z")
        .program("C", C, 1, "x", "y", "z")
        .applicant("x", null, "A", "B", "C")
        .applicant("y", null, "A", "B", "C")
        .applicant("z", null, "A", "B", "C")
        .build();
    MatchResult result = RothPeransonMatching.builder().proposalLimit(1).build().match(market);
    assertEquals(MatchStatus.LIMIT_REACHED, result.status());
    assertEquals(List.of("z"), result.matching().unmatched());
    assertEquals(List.of("z"), result.blocking().get(0).applicants());
  }

  // ---- couples ----

  @Test
  void aDisplacedMemberWithdrawsItsPartnerWhoseSeatGoesToTheNextInLine() {
    // The couple takes (A, B) first; then x, whom A prefers, displaces m1, so m2 leaves B, which
    // y (waiting for B) then takes; the couple falls to (C, D).
    Market market = Market.builder()
        .program("A", C, 1, "x", "m1")
        .program("B", C, 1, "m2", "y")
        .program("C", C, 1, "m1")
        .program("D", C, 1, "m2")
        .applicant("m1", null).applicant("m2", null)
        .applicant("y", null, "B")
        .applicant("x", null, "A")
        .couple("m", "m1", "m2", new ProgramPair("A", "B"), new ProgramPair("C", "D"))
        .build();
    MatchResult result = RothPeransonMatching.builder().coupleOrder(CoupleOrder.COUPLES_FIRST).build().match(market);
    assertStable(result);
    assertEquals(List.of(at("m1", "C", 2), at("m2", "D", 2), at("y", "B", 1), at("x", "A", 1)),
        result.matching().assignments());
    assertEquals(1, result.statistics().coupleWithdrawals());
    assertTrue(result.statistics().reactivations() >= 1, "B re-activates y from the program stack");
  }

  @Test
  void twoSeatsInOneProgramMustBothBeFreeOrHeldByWorseApplicants() {
    Market market = Market.builder()
        .program("P", C, 2, "m1", "x", "m2")
        .program("Q", C, 2, "m1", "m2")
        .applicant("x", null, "P")
        .applicant("m1", null).applicant("m2", null)
        .couple("m", "m1", "m2", new ProgramPair("P", "P"), new ProgramPair("Q", "Q"))
        .build();
    // x ranks between the members: P cannot seat both members above x, so the couple takes (Q, Q).
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("x", "P", 1), at("m1", "Q", 2), at("m2", "Q", 2)), result.matching().assignments());
  }

  @Test
  void aNoMatchSideAlwaysAccepts() {
    Market market = Market.builder()
        .program("P", C, 1, "s", "m1")
        .program("Q", C, 1, "m1")
        .applicant("s", null, "P")
        .applicant("m1", null).applicant("m2", null)
        .couple("m", "m1", "m2", new ProgramPair("P", null), new ProgramPair(null, "Q"), new ProgramPair("Q", null))
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("s", "P", 1), at("m1", "Q", 3)), result.matching().assignments());
  }

  // ---- supplemental lists ----

  private static Market advancedMarket(int pre1Positions) {
    return Market.builder()
        .program("RAD", ADV, 1, "a", "b")
        .program("PRE1", PRE, pre1Positions, "c", "a")
        .program("PRE2", PRE, 1, "a", "b")
        .applicant("a", null, "RAD")
        .supplementalList("a", List.of("RAD"), List.of("PRE1", "PRE2"))
        .applicant("b", null, "RAD", "PRE2")
        .applicant("c", null, "PRE1")
        .build();
  }

  @Test
  void anApplicantHoldingAnAdvancedPositionProposesDownItsSupplementalList() {
    // PRE1 has room for c and a: a gets its first PGY-1 choice.
    MatchResult result = match(advancedMarket(2));
    assertStable(result);
    assertEquals(List.of(at("a", "RAD", 1, "PRE1", 1), at("b", "PRE2", 2), at("c", "PRE1", 1)),
        result.matching().assignments());
  }

  @Test
  void losingThePgy1PositionMovesDownTheSupplementalListOnly() {
    // PRE1 has one seat: c, whom PRE1 prefers, takes it from a, who moves to PRE2 and keeps RAD;
    // b, who wanted PRE2, is left out.
    MatchResult result = match(advancedMarket(1));
    assertStable(result);
    assertEquals(List.of(at("a", "RAD", 1, "PRE2", 2), at("c", "PRE1", 1)), result.matching().assignments());
  }

  @Test
  void losingTheAdvancedPositionGivesUpThePgy1PositionForTheNextInLine() {
    // a takes RAD and PRE1; then z, whom RAD prefers, takes RAD; a's PRE1 seat goes to y.
    Market market = Market.builder()
        .program("RAD", ADV, 1, "z", "a")
        .program("PRE1", PRE, 1, "a", "y")
        .program("IM", C, 1, "a")
        .applicant("a", null, "RAD", "IM")
        .supplementalList("a", List.of("RAD"), List.of("PRE1"))
        .applicant("y", null, "PRE1")
        .applicant("z", null, "RAD")
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("a", "IM", 2), at("y", "PRE1", 1), at("z", "RAD", 1)), result.matching().assignments());
  }

  @Test
  void anAdvancedPositionWithoutAnyPgy1PositionIsAPartialMatch() {
    Market market = Market.builder()
        .program("RAD", ADV, 1, "a")
        .program("PRE1", PRE, 1, "c", "a")
        .applicant("a", null, "RAD")
        .supplementalList("a", List.of("RAD"), List.of("PRE1"))
        .applicant("c", null, "PRE1")
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("a", "RAD", 1), at("c", "PRE1", 1)), result.matching().assignments());
    assertEquals(1, result.statistics().partialMatches());
  }

  @Test
  void coupleMembersUseTheirSupplementalListsOneByOne() {
    Market market = Market.builder()
        .program("RAD", ADV, 1, "m1")
        .program("IM", C, 1, "m2")
        .program("PRE", PRE, 1, "m1")
        .applicant("m1", null)
        .supplementalList("m1", List.of("RAD"), List.of("PRE"))
        .applicant("m2", null)
        .couple("m", "m1", "m2", new ProgramPair("RAD", "IM"))
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("m1", "RAD", 1, "PRE", 1), at("m2", "IM", 1)), result.matching().assignments());
  }

  // ---- reversions ----

  @Test
  void unfilledPositionsRevertToTheReceiverWhichFillsThem() {
    // SURG fills 1 of 3; 2 revert to IM (up to 2), which then takes its waiting applicants.
    Market market = Market.builder()
        .program("SURG", C, 3, "s")
        .program("IM", C, 1, "i1", "i2", "i3")
        .applicant("s", null, "SURG")
        .applicant("i1", null, "IM").applicant("i2", null, "IM").applicant("i3", null, "IM")
        .reversion("SURG", "IM", 2)
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("s", "SURG", 1), at("i1", "IM", 1), at("i2", "IM", 1), at("i3", "IM", 1)),
        result.matching().assignments());
    IntMatching matching = IntMatching.of(result.matching());
    assertEquals(1, matching.finalPositions(0));
    assertEquals(3, matching.finalPositions(1));
    assertEquals(2, result.statistics().revertedPositions());
  }

  @Test
  void reversionsFollowTheStatedOrderAndNumbersAndChain() {
    // A (2 positions, nobody) reverts 1 to B, then 1 to C. B (1 + 1) fills only 1 and reverts its
    // unfilled position on to C, so C ends with 1 + 1 + 1 = 3 and takes all three of its applicants.
    Market market = Market.builder()
        .program("A", C, 2)
        .program("B", C, 1, "b")
        .program("C", C, 1, "c1", "c2", "c3")
        .applicant("b", null, "B")
        .applicant("c1", null, "C").applicant("c2", null, "C").applicant("c3", null, "C")
        .reversion("A", "B", 1)
        .reversion("A", "C", 1)
        .reversion("B", "C", 1)
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(0, 1, 3), List.of(IntMatching.of(result.matching()).finalPositions(0),
        IntMatching.of(result.matching()).finalPositions(1), IntMatching.of(result.matching()).finalPositions(2)));
    assertEquals(4, result.statistics().matched());
    assertEquals(3, result.statistics().revertedPositions());
  }

  @Test
  void revertedPositionsStayWithTheReceiver() {
    // D's unfilled position reverts to R once everyone has entered; D keeps its reduced number.
    Market market = Market.builder()
        .program("D", C, 2, "d")
        .program("R", C, 0, "r")
        .applicant("d", null, "D")
        .applicant("r", null, "R", "D")
        .reversion("D", "R", 1)
        .build();
    MatchResult result = match(market);
    assertStable(result);
    assertEquals(List.of(at("d", "D", 1), at("r", "R", 1)), result.matching().assignments());
    assertEquals(1, IntMatching.of(result.matching()).finalPositions(0));
    assertEquals(1, IntMatching.of(result.matching()).finalPositions(1));
  }
}

package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A result file is checked against its market trusting nothing but its assignments: every way of
 * making a broken result look stable is rejected with its JSON path.
 */
class ResultAgainstMarketTest {
  /** CITY-IM has 1 position for Garcia, Hassan and Chen, who all rank it first; MERCY-FM 1. */
  static final Market MARKET = Market.builder()
      .program("CITY-IM", ProgramType.CATEGORICAL, 1, "Garcia", "Hassan", "Chen")
      .program("MERCY-FM", ProgramType.CATEGORICAL, 1, "Chen", "Hassan", "Garcia")
      .applicant("Garcia", "US_MD", "CITY-IM", "MERCY-FM")
      .applicant("Hassan", "NON_US_IMG", "CITY-IM", "MERCY-FM")
      .applicant("Chen", "US_DO", "CITY-IM", "MERCY-FM")
      .build();
  static final IntMarket COMPILED = IntMarket.of(MARKET);
  static final ResultDocument GOOD = ResultDocument.of(new RothPeransonMatching().match(COMPILED));

  private static ResultDocument with(UnaryOperator<List<Assignment>> assignments, UnaryOperator<List<String>> unmatched,
      UnaryOperator<List<ResultDocument.ProgramOutcome>> programs) {
    return new ResultDocument(GOOD.algorithm(), MatchStatus.STABLE,
        assignments.apply(new ArrayList<>(GOOD.assignments())), unmatched.apply(new ArrayList<>(GOOD.unmatched())),
        programs.apply(new ArrayList<>(GOOD.programs())), List.of(), GOOD.statistics());
  }

  private static String rejection(ResultDocument document) {
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> document.toMatching(COMPILED, "r.json"));
    return e.getMessage();
  }

  @Test
  void theGoodResultIsAcceptedAndStable() throws Exception {
    assertEquals(List.of("Garcia", "Chen"), GOOD.assignments().stream().map(Assignment::applicant).toList());
    assertTrue(StabilityChecker.isStable(GOOD.toMatching(COMPILED, "r.json")));
    // The programs section is a report: one that lists only some programs is checked on those.
    assertTrue(StabilityChecker.isStable(with(a -> a, u -> u, p -> p.subList(0, 1)).toMatching(COMPILED, "r.json")));
  }

  @Test
  void anOverfilledProgramClaimingMorePositionsIsRejected() {
    // Hassan also at CITY-IM, and the file claims CITY-IM has 2 positions: stable if believed.
    String message = rejection(with(a -> {
      a.add(new Assignment("Hassan", "CITY-IM", 1, null, 0));
      return a;
    }, u -> List.of(), p -> {
      p.set(0, new ResultDocument.ProgramOutcome("CITY-IM", 2, 2, 0, 0));
      return p;
    }));
    assertTrue(message.contains("r.json: $.programs[0].positions: positions after reversions: the result says 2,"
        + " the market and the assignments give 1"), message);
  }

  @Test
  void withoutAProgramsSectionAnOverfilledProgramIsFoundNotStable() throws Exception {
    Matching matching = with(a -> {
      a.add(new Assignment("Hassan", "CITY-IM", 1, null, 0));
      return a;
    }, u -> List.of(), p -> List.of()).toMatching(COMPILED, "r.json");
    assertFalse(StabilityChecker.isStable(matching));
    assertEquals(1, matching.finalPositionsOf("CITY-IM"));
  }

  @Test
  void anApplicantLeftOutListedTwiceOrBothMatchedAndUnmatchedIsRejected() {
    assertTrue(rejection(with(a -> a, u -> List.of(), p -> p)).contains(
        "$.unmatched: 1 applicant of the market appears neither in assignments nor in unmatched: \"Hassan\""));
    assertTrue(rejection(with(a -> a, u -> List.of("Hassan", "Hassan"), p -> p)).contains(
        "$.unmatched[1]: applicant \"Hassan\" appears twice (also at $.unmatched[0])"));
    assertTrue(rejection(with(a -> a, u -> List.of("Hassan", "Chen"), p -> p)).contains(
        "$.unmatched[1]: applicant \"Chen\" appears twice (also at $.assignments[1].applicant)"));
    assertTrue(rejection(with(a -> {
      a.add(a.get(0));
      return a;
    }, u -> u, p -> p)).contains("$.assignments[2].applicant: applicant \"Garcia\" appears twice"));
  }

  @Test
  void unknownIdsWrongRanksAndADisagreeingProgramsSectionAreRejected() {
    assertTrue(rejection(with(a -> {
      a.set(0, new Assignment("Nobody", "CITY-IM", 1, null, 0));
      return a;
    }, u -> u, p -> p)).contains("$.assignments[0].applicant: applicant \"Nobody\" is not in the market"));
    assertTrue(rejection(with(a -> {
      a.set(0, new Assignment("Garcia", "CITY-IM", 2, null, 0));
      return a;
    }, u -> u, p -> p)).contains("$.assignments[0].rank: rank 2 disagrees with the market"));
    assertTrue(rejection(with(a -> a, u -> u, p -> {
      p.add(p.get(0));
      return p;
    })).contains("$.programs[2].id: program \"CITY-IM\" appears twice (also at $.programs[0])"));
    assertTrue(rejection(with(a -> a, u -> u, p -> {
      p.set(1, new ResultDocument.ProgramOutcome("MERCY-FM", 1, 0, 0, 0));
      return p;
    })).contains("$.programs[1].filled: filled positions: the result says 0"));
  }

  @Test
  void aResultReadFromTextIsCheckedTheSameWay() throws Exception {
    String text = "{\"format\": \"result/1\", \"algorithm\": \"x\", \"status\": \"STABLE\", \"assignments\": ["
        + "{\"applicant\": \"Garcia\", \"program\": \"CITY-IM\", \"rank\": 1},"
        + "{\"applicant\": \"Hassan\", \"program\": \"CITY-IM\", \"rank\": 1},"
        + "{\"applicant\": \"Chen\", \"program\": \"MERCY-FM\", \"rank\": 2}], \"unmatched\": [],"
        + "\"programs\": [{\"id\": \"CITY-IM\", \"positions\": 2, \"filled\": 2, \"revertedIn\": 0, \"revertedOut\": 0},"
        + " {\"id\": \"MERCY-FM\", \"positions\": 1, \"filled\": 1, \"revertedIn\": 0, \"revertedOut\": 0}]}";
    ResultDocument document = ResultJsonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
    assertThrows(InvalidFileException.class, () -> document.toMatching(COMPILED, "t.json"));
    // A programs entry must give every figure it is checked on.
    String partial = text.replace(", \"revertedIn\": 0, \"revertedOut\": 0}, {", "}, {");
    InvalidFileException e = assertThrows(InvalidFileException.class,
        () -> ResultJsonReader.read(new ByteArrayInputStream(partial.getBytes(StandardCharsets.UTF_8)), "t.json"));
    assertTrue(e.getMessage().contains("$.programs[0]") && e.getMessage().contains("missing \"revertedIn\""), e::getMessage);
  }

  @Test
  void roundTripsOfRothPeransonResultsWithReversionsAreAcceptedWithTheSameVerdict() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      IntMarket market = IntMarket.of(io.github.matchsim.generate.MarketGenerator.builder().applicants(60 + (int) seed * 7)
          .coupleShare(0.1).programTypeShares(0.1, 0.2).reversionShare(0.3).build().generate(seed));
      MatchResult result = new RothPeransonMatching().match(market);
      IntMatching read = IntMatching.of(ResultDocument.of(result).toMatching(market, "r.json"));
      assertEquals(result.matching(), read, "seed " + seed);
      assertEquals(result.status() == MatchStatus.STABLE, StabilityChecker.isStable(read), "seed " + seed);
    }
  }
}

package io.github.matchsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every error that formats.md lists is reported with its place and a clear message. */
class MarketValidationTest {
  private static final ProgramType C = ProgramType.CATEGORICAL;
  private static final ProgramType A = ProgramType.ADVANCED;
  private static final ProgramType P = ProgramType.PRELIMINARY;

  /** A valid market that each case breaks in one way. */
  private static MarketBuilder base() {
    return Market.builder()
        .program("IM", C, 2, "ann", "bob")
        .program("RAD", A, 1, "ann")
        .program("PRE", P, 1, "ann")
        .applicant("ann", "US_MD", "RAD", "IM")
        .supplementalList("ann", List.of("RAD"), List.of("PRE"))
        .applicant("bob", null, "IM")
        .applicant("cy", null)
        .applicant("di", null)
        .couple("cy+di", "cy", "di", new ProgramPair("IM", "IM"), new ProgramPair(null, "IM"));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        error("unknown applicant in a program's list",
            b -> b.program("FM", C, 1, "zed"), "programs[3].rankOrderList[0]", "unknown applicant \"zed\""),
        error("unknown program in an applicant's list",
            b -> b.applicant("eve", null, "XX"), "applicants[4].rankOrderList[0]", "unknown program \"XX\""),
        error("duplicate program id",
            b -> b.program("IM", C, 1), "programs[3].id", "duplicate program id \"IM\""),
        error("duplicate applicant id",
            b -> b.applicant("bob", null), "applicants[4].id", "duplicate applicant id \"bob\""),
        error("empty id",
            b -> b.applicant("", null), "applicants[4].id", "applicant id is empty"),
        error("duplicate entry in a program's list",
            b -> b.program("FM", C, 1, "bob", "ann", "bob"), "programs[3].rankOrderList[2]",
            "duplicate entry \"bob\" (first at [0])"),
        error("duplicate entry in an applicant's list",
            b -> b.applicant("eve", null, "IM", "IM"), "applicants[4].rankOrderList[1]",
            "duplicate entry \"IM\""),
        error("negative positions",
            b -> b.program("FM", C, -1), "programs[3].positions", "negative positions (-1)"),
        error("a couple pair of two nulls",
            b -> b.applicant("e1", null).applicant("e2", null)
                .couple("e", "e1", "e2", new ProgramPair(null, null)),
            "couples[1].rankOrderList[0]", "no program on either side"),
        error("a couple pair naming an unknown program",
            b -> b.applicant("e1", null).applicant("e2", null)
                .couple("e", "e1", "e2", new ProgramPair("IM", "XX")),
            "couples[1].rankOrderList[0][1]", "unknown program \"XX\""),
        error("an applicant in two couples",
            b -> b.applicant("e1", null).couple("e", "e1", "cy", new ProgramPair("IM", "IM")),
            "couples[1].members[1]", "\"cy\" is in two couples"),
        error("an applicant coupled with itself",
            b -> b.applicant("e1", null).couple("e", "e1", "e1", new ProgramPair("IM", "IM")),
            "couples[1].members", "coupled with itself"),
        error("a couple member with a list of its own",
            b -> b.applicant("e1", null, "IM").applicant("e2", null)
                .couple("e", "e1", "e2", new ProgramPair("IM", "IM")),
            "applicants[4].rankOrderList", "has no rank order list of its own"),
        error("a couple naming an unknown member",
            b -> b.applicant("e1", null).couple("e", "e1", "zed", new ProgramPair("IM", "IM")),
            "couples[1].members[1]", "unknown applicant \"zed\""),
        error("supplemental list linked to a program that is not advanced",
            b -> b.applicant("eve", null, "IM").supplementalList("eve", List.of("IM"), List.of("PRE")),
            "applicants[4].supplementalLists[0].linkedTo[0]", "which is categorical, not advanced"),
        error("supplemental list linked to a program not on the primary list",
            b -> b.applicant("eve", null, "IM").supplementalList("eve", List.of("RAD"), List.of("PRE")),
            "applicants[4].supplementalLists[0].linkedTo[0]", "not on the applicant's primary list"),
        error("supplemental list listing a program that is not preliminary",
            b -> b.applicant("eve", null, "RAD").supplementalList("eve", List.of("RAD"), List.of("IM")),
            "applicants[4].supplementalLists[0].rankOrderList[0]", "not preliminary or transitional"),
        error("supplemental list linked to nothing",
            b -> b.applicant("eve", null, "RAD").supplementalList("eve", List.of(), List.of("PRE")),
            "applicants[4].supplementalLists[0].linkedTo", "linked to no advanced program"),
        error("advanced program linked to two supplemental lists",
            b -> b.applicant("eve", null, "RAD")
                .supplementalList("eve", List.of("RAD"), List.of("PRE"))
                .supplementalList("eve", List.of("RAD"), List.of("PRE")),
            "applicants[4].supplementalLists[1].linkedTo[0]", "linked to two supplemental lists"),
        error("reversion to an unknown program",
            b -> b.reversion("IM", "XX", 1), "programs[0].reversions[0].to",
            "reversion to unknown program \"XX\""),
        error("reversion of more positions than the donor has",
            b -> b.reversion("IM", "RAD", 3), "programs[0].reversions",
            "move 3 positions but it has only 2"),
        error("reversion of no positions",
            b -> b.reversion("IM", "RAD", 0), "programs[0].reversions[0].positions", "at least 1"),
        error("reversion to itself",
            b -> b.reversion("IM", "IM", 1), "programs[0].reversions[0].to", "reverts positions to itself"),
        error("reversions closing a cycle",
            b -> b.reversion("IM", "RAD", 1).reversion("RAD", "PRE", 1).reversion("PRE", "IM", 1),
            "programs[2].reversions[0].to", "closes a cycle: \"IM\" -> \"RAD\" -> \"PRE\" -> \"IM\""));
  }

  private static Arguments error(String name, UnaryOperator<MarketBuilder> breakIt, String path, String message) {
    return Arguments.of(name, breakIt, path, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemWithItsPlace(String name, UnaryOperator<MarketBuilder> breakIt, String path,
      String message) {
    InvalidMarketException e = assertThrows(InvalidMarketException.class, () -> breakIt.apply(base()).build());
    assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.message().contains(message)),
        () -> "expected " + path + ": ..." + message + "... among " + e.problems());
    assertTrue(e.getMessage().contains(path), e::getMessage);
  }

  @Test
  void theBaseMarketIsValid() {
    Market market = base().build();
    assertEquals(3, market.programs().size());
    assertEquals(1, market.couples().size());
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    InvalidMarketException e = assertThrows(InvalidMarketException.class, () -> base()
        .program("FM", C, -2, "zed", "bob", "bob")
        .applicant("bob", null, "XX")
        .reversion("IM", "NOPE", 1)
        .build());
    assertEquals(List.of(
            "applicants[4].id", "programs[0].reversions[0].to", "programs[3].positions",
            "programs[3].rankOrderList[0]", "programs[3].rankOrderList[2]", "applicants[4].rankOrderList[0]"),
        e.problems().stream().map(MarketProblem::path).toList(), e::getMessage);
    assertTrue(e.getMessage().startsWith("invalid market: 6 problems"), e::getMessage);
  }
}

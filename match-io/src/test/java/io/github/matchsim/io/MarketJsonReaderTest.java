package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarketJsonReaderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  /** Writing then reading gives an equal market, couples, supplemental lists and reversions included. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) throws Exception {
    Market market = MarketGenerator.builder().applicants(1 + (int) (seed * 7 % 300)).coupleShare(0.1)
        .programTypeShares(0.1, 0.2).reversionShare(0.1).programRankShare(0.8)
        .group("US_MD", 2).group("NON_US_IMG", 1).build().generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarketJsonWriter.write(market, out);
    assertEquals(market, MarketJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "round-trip"));
  }

  /** The example of formats.md names applicants and a program it does not define: all four are reported. */
  @Test
  void theFormatsExampleIsReadAndItsUndefinedIdsReported() throws IOException {
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read("formats-example.market.json"));
    assertEquals(List.of(
            "$.programs[0].rankOrderList[0]: unknown applicant \"Garcia\"",
            "$.programs[0].rankOrderList[1]: unknown applicant \"Hassan\"",
            "$.programs[0].reversions[0].to: reversion to unknown program \"CITY-FM\"",
            "$.programs[2].rankOrderList[1]: unknown applicant \"Chen\""),
        e.problems().stream().map(p -> p.place() + ": " + p.message()).toList());
    assertTrue(e.getMessage().startsWith("formats-example.market.json: $.programs[0].rankOrderList[0]"), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    Market market = read("bom.market.json");
    assertEquals("P", market.programs().get(0).id());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        bad("empty", "$", "the file is empty"),
        bad("not-an-object", "$", "expected a JSON object, found an array"),
        bad("missing-comma", "line 1, column 23", "malformed JSON: Unexpected character ('\"'"),
        bad("truncated", "line 1, column 63", "malformed JSON: Unexpected end-of-input"),
        bad("missing-format", "$", "missing \"format\" (expected \"market/1\")"),
        bad("unknown-format", "$.format (line 1, column 12)", "unknown format \"market/9\"; this reader reads \"market/1\""),
        bad("format-not-a-string", "$.format (line 1, column 12)", "expected a string, found a whole number"),
        bad("missing-programs", "$", "missing \"programs\""),
        bad("positions-as-string", "$.programs[0].positions (line 1, column 62)", "expected a whole number, found a string"),
        bad("positions-huge", "$.programs[0].positions (line 1, column 62)", "number out of range: 99999999999"),
        bad("positions-decimal", "$.programs[0].positions (line 1, column 62)", "expected a whole number, found a decimal number"),
        bad("positions-missing", "$.programs[0]", "missing \"positions\""),
        bad("unknown-field", "$.programs[0].colour", "unknown field \"colour\""),
        bad("duplicate-field", "line 1, column", "malformed JSON: Duplicate field 'programs'"),
        bad("unknown-type", "$.programs[0].type", "unknown program type \"surgical\""),
        bad("list-of-numbers", "$.programs[0].rankOrderList[0]", "expected a string, found a whole number"),
        bad("pair-of-three", "$.couples[0].rankOrderList[0]", "a pair has exactly 2 sides, not 3"),
        bad("one-member", "$.couples[0].members", "a couple has exactly 2 members, not 1"),
        bad("negative-positions", "$.programs[0].positions", "program \"P\" has negative positions (-1)"),
        bad("unknown-applicant", "$.programs[0].rankOrderList[0]", "unknown applicant \"zed\""),
        bad("two-null-pair", "$.couples[0].rankOrderList[0]", "a couple's pair has no program on either side"),
        bad("trailing-content", "$", "unexpected content after the top-level object"));
  }

  private static Arguments bad(String name, String place, String message) {
    return Arguments.of(name, place, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputIsReportedWithFilePlaceAndProblem(String name, String place, String message) {
    String file = "malformed/" + name + ".market.json";
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read(file));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.place().startsWith(place)
            && p.message().startsWith(message)),
        () -> "expected " + place + ": " + message + "... but got " + e.problems());
  }

  @Test
  void everyStructuralProblemIsReportedNotJustTheFirst() {
    String json = "{\"format\": \"market/1\", \"programs\": [{\"id\": 1, \"positions\": \"x\"},"
        + " {\"id\": \"Q\", \"positions\": 1, \"extra\": true}], \"applicants\": [{}]}";
    InvalidFileException e = assertThrows(InvalidFileException.class,
        () -> MarketJsonReader.read(new ByteArrayInputStream(json.getBytes()), "inline"));
    assertEquals(4, e.problems().size(), e::getMessage);
  }

  private static Market read(String resource) throws IOException, InvalidFileException {
    try (InputStream in = MarketJsonReaderTest.class.getResourceAsStream("/" + resource)) {
      return MarketJsonReader.read(in, resource);
    }
  }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    Market read = MarketJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "round-trip");
    assertEquals(market, read);
    SharedIds.assertListsShareTheIdStrings(read);
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

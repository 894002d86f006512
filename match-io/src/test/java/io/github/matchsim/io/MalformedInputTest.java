package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed input in {@code src/test/resources/malformed}, across the formats, is rejected
 * with a message naming the file, the place and the problem, as {@code malformed/expected.tsv}
 * says (the CSV folder cases, which need several files each, are in {@link MarketCsvTest}).
 */
class MalformedInputTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = MalformedInputTest.class.getResourceAsStream("/malformed/expected.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t"))
          .map(fields -> Arguments.of(fields[0], fields[1], fields[2]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void isRejectedWithFilePlaceAndProblem(String name, String place, String message) {
    String file = "malformed/" + name;
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read(file));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.place().startsWith(place)
            && p.message().startsWith(message)),
        () -> "expected " + place + ": " + message + "... but got " + e.problems());
    assertFalse(e.getMessage().contains("Exception"), e::getMessage);
  }

  private static void read(String file) throws IOException, InvalidFileException {
    try (InputStream in = MalformedInputTest.class.getResourceAsStream("/" + file)) {
      if (file.endsWith(".market.json")) {
        MarketJsonReader.read(in, file);
      } else if (file.endsWith(".result.json")) {
        ResultJsonReader.read(in, file);
      } else if (file.endsWith(".matching.txt")) {
        SmsFormat.readMatching(in, file);
      } else {
        SmsFormat.readMarket(in, file);
      }
    }
  }
}

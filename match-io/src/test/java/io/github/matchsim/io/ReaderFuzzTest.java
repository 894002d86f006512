package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutation fuzzer over every reader: a valid document of each format is mutated (bytes
 * flipped, inserted, deleted, duplicated, cut; tokens that readers get wrong spliced in) and read.
 * Every input must end in one of two ways: a clean rejection (each problem naming the file, a place
 * and a short message, no exception text), or a value that holds: a market that survives writing
 * and reading back unchanged and whose Roth–Peranson result the checker confirms, or a result
 * whose matching fits the market. Any other exception fails the case, with the seed in its name.
 */
class ReaderFuzzTest {
  /** Seeds of the normal run; the slow step runs many more. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  static LongStream manySeeds() {
    return LongStream.rangeClosed(1_000, 11_000);
  }

  private static final byte[][] TOKENS = {
      "-1".getBytes(StandardCharsets.UTF_8), "2147483648".getBytes(StandardCharsets.UTF_8),
      "\"\"".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
      "\u0661".getBytes(StandardCharsets.UTF_8), "+1".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
      "\n#".getBytes(StandardCharsets.UTF_8), "\n ".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
      "\"".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
      "[]".getBytes(StandardCharsets.UTF_8), "0".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
      "x".repeat(300).getBytes(StandardCharsets.UTF_8),
  };

  /** A small market of every feature the format carries, fixed by the seed. */
  private static Market market(long seed, boolean simple) {
    MarketGenerator.Builder builder = MarketGenerator.builder().applicants(6 + (int) (seed % 20)).coupleShare(0.3)
        .programRankShare(0.9);
    if (!simple) {
      builder.programTypeShares(0.2, 0.3).reversionShare(0.3).group("US_MD", 1).group("NON_US_IMG", 1);
    }
    return builder.build().generate(seed);
  }

  static byte[] mutate(byte[] input, SplittableRandom random) {
    byte[] data = input;
    int mutations = 1 + random.nextInt(random.nextInt(8) + 1);
    for (int i = 0; i < mutations; i++) {
      int at = data.length == 0 ? 0 : random.nextInt(data.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(7)) {
        case 0 -> { // flip a bit
          data = data.clone();
          if (data.length > 0) {
            data[at] ^= (byte) (1 << random.nextInt(8));
          }
          continue;
        }
        case 1 -> { // a random byte in
          out.write(data, 0, at);
          out.write(random.nextInt(256));
          out.write(data, at, data.length - at);
        }
        case 2 -> { // a range out
          int length = Math.min(data.length - at, 1 + random.nextInt(16));
          out.write(data, 0, at);
          out.write(data, at + length, data.length - at - length);
        }
        case 3 -> { // a range twice
          int length = Math.min(data.length - at, 1 + random.nextInt(64));
          out.write(data, 0, at + length);
          out.write(data, at, data.length - at);
        }
        case 4 -> { // cut
          out.write(data, 0, at);
        }
        default -> { // a token readers get wrong, in place of a byte or two
          byte[] token = TOKENS[random.nextInt(TOKENS.length)];
          int replaced = Math.min(data.length - at, random.nextInt(3));
          out.write(data, 0, at);
          out.write(token, 0, token.length);
          out.write(data, at + replaced, data.length - at - replaced);
        }
      }
      data = out.toByteArray();
    }
    return data;
  }

  private static void assertCleanRejection(InvalidFileException e, String file) {
    assertFalse(e.problems().isEmpty());
    for (FileProblem problem : e.problems()) {
      assertTrue(problem.file().startsWith(file), problem::toString);
      assertFalse(problem.place().isEmpty(), problem::toString);
      assertTrue(problem.message().length() <= 2_100, () -> "a long message: " + problem.message().length());
    }
    assertFalse(e.getMessage().contains("Exception"), e::getMessage);
  }

  /** An accepted market must be one that writes back the same and whose match the checker confirms. */
  private static void assertSound(Market market, Market writtenAndRead) {
    assertEquals(market, writtenAndRead, "a market the reader accepts survives writing and reading back");
    IntMarket compiled = IntMarket.of(market);
    MatchResult result = RothPeransonMatching.builder().proposalLimit(200_000).build().match(compiled);
    assertEquals(result.status() == MatchStatus.STABLE, StabilityChecker.isStable(result.matching()));
    assertCheckerReads(result.matching());
  }

  /** Every matching a reader accepts has positions the checker can use, and the checker takes it. */
  private static void assertCheckerReads(Matching view) {
    IntMatching matching = IntMatching.of(view);
    for (int p = 0; p < matching.market().programCount(); p++) {
      assertTrue(matching.finalPositions(p) >= 0);
    }
    StabilityChecker.check(matching); // must not throw, whatever the matching
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedInputsAreRejectedCleanlyOrReadSoundly(long seed) throws Exception {
    fuzz(seed);
  }

  @Tag("slow")
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("manySeeds")
  void manyMoreMutatedInputs(long seed) throws Exception {
    fuzz(seed);
  }

  private static void fuzz(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    switch ((int) (seed % 5)) {
      case 0 -> json(seed, random);
      case 1 -> sms(seed, random);
      case 2 -> csv(seed, random);
      case 3 -> result(seed, random);
      default -> smsMatching(seed, random);
    }
  }

  private static void json(long seed, SplittableRandom random) throws IOException {
    Market original = market(seed, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarketJsonWriter.write(original, out);
    byte[] input = mutate(out.toByteArray(), random);
    Market market;
    try {
      market = MarketJsonReader.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (InvalidFileException e) {
      assertCleanRejection(e, "fuzz.json");
      return;
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MarketJsonWriter.write(market, again);
    try {
      assertSound(market, MarketJsonReader.read(new ByteArrayInputStream(again.toByteArray()), "again.json"));
    } catch (InvalidFileException e) {
      fail("an accepted market does not read back: " + e.getMessage());
    }
  }

  private static void sms(long seed, SplittableRandom random) throws IOException {
    Market original = market(seed, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SmsFormat.writeMarket(original, out);
    byte[] input = mutate(out.toByteArray(), random);
    Market market;
    try {
      market = SmsFormat.readMarket(new ByteArrayInputStream(input), "fuzz.txt");
    } catch (InvalidFileException e) {
      assertCleanRejection(e, "fuzz.txt");
      return;
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try {
      SmsFormat.writeMarket(market, again);
    } catch (IllegalArgumentException e) {
      fail("an accepted instance cannot be written back: " + e.getMessage());
    }
    try {
      assertSound(market, SmsFormat.readMarket(new ByteArrayInputStream(again.toByteArray()), "again.txt"));
    } catch (InvalidFileException e) {
      fail("an accepted instance does not read back: " + e.getMessage());
    }
  }

  private static void csv(long seed, SplittableRandom random) throws IOException {
    Market original = market(seed, false);
    Path folder = Files.createTempDirectory("fuzz-csv");
    try {
      MarketCsvWriter.write(original, folder);
      List<Path> files;
      try (var listing = Files.list(folder)) {
        files = listing.sorted().toList();
      }
      Path victim = files.get(random.nextInt(files.size()));
      Files.write(victim, mutate(Files.readAllBytes(victim), random));
      Market market;
      try {
        market = MarketCsvReader.read(folder);
      } catch (InvalidFileException e) {
        assertCleanRejection(e, folder.toString());
        return;
      }
      Path again = Files.createTempDirectory("fuzz-csv-again");
      try {
        MarketCsvWriter.write(market, again);
        assertSound(market, MarketCsvReader.read(again));
      } catch (InvalidFileException e) {
        fail("an accepted market does not read back: " + e.getMessage());
      } finally {
        deleteFolder(again);
      }
    } finally {
      deleteFolder(folder);
    }
  }

  private static void result(long seed, SplittableRandom random) throws IOException {
    IntMarket market = IntMarket.of(market(seed, false));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJsonWriter.write(ResultDocument.of(new RothPeransonMatching().match(market)), out);
    byte[] input = mutate(out.toByteArray(), random);
    try {
      IntMatching matching = IntMatching.of(ResultJsonReader.read(new ByteArrayInputStream(input), "fuzz.result.json")
          .toMatching(market, "fuzz.result.json"));
      assertCheckerReads(matching);
    } catch (InvalidFileException e) {
      assertCleanRejection(e, "fuzz.result.json");
    }
  }

  private static void smsMatching(long seed, SplittableRandom random) throws IOException {
    IntMarket market = IntMarket.of(market(seed, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SmsFormat.writeMatching(new RothPeransonMatching().match(market), out);
    byte[] input = mutate(out.toByteArray(), random);
    try {
      assertCheckerReads(SmsFormat.readMatching(new ByteArrayInputStream(input), "fuzz.matching.txt").toMatching(market));
    } catch (InvalidFileException e) {
      assertCleanRejection(e, "fuzz.matching.txt");
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }
}

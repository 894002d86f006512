package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick reader of {@code market/1} against the careful one (Jackson): on the common case it is
 * the one taken and gives the same market; on markets it does not take, and on mutated files, both
 * ways of {@link MarketJsonReader#read} give what the careful reader alone gives, market or problems.
 */
class JsonTablesReaderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  private static MarketGenerator.Builder generator(long seed) {
    return MarketGenerator.builder().applicants(5 + (int) (seed * 37 % 400)).coupleShare(seed % 3 == 0 ? 0 : 0.15)
        .programRankShare(0.8).group("US_MD", 0.6).group("NON_US_IMG", 0.4);
  }

  private static byte[] json(Market market) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MarketJsonWriter.write(market, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCommonCaseTakesTheQuickWayToTheSameMarket(long seed, @TempDir Path folder) throws Exception {
    Market market = generator(seed).build().generate(seed);
    byte[] text = json(market);
    assertNotNull(JsonTablesReader.read(new ByteArrayInputStream(text)), "the quick reader takes the common case");
    for (int size : new int[] {2, 7, 64, 1000}) { // blocks that split ids, numbers, literals and batches
      MarketTables tables = JsonTablesReader.read(new ByteArrayInputStream(text), size);
      assertNotNull(tables, "blocks of " + size);
      assertEquals(market, tables.toMarket(), "blocks of " + size);
    }
    Path file = folder.resolve("m.json");
    Files.write(file, text);
    Market quick = MarketJsonReader.read(file);
    assertEquals(market, quick);
    assertEquals(market, MarketJsonReader.read(new ByteArrayInputStream(text), "m.json"));
    Outcomes.assertSameMatching(market, quick);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void supplementalListsAndReversionsTakeTheQuickWayToTheSameMarket(long seed) throws Exception {
    Market market = generator(seed).programTypeShares(0.1, 0.2).supplementalShare(0.5).reversionShare(0.1)
        .build().generate(seed);
    byte[] text = json(market);
    MarketTables tables = JsonTablesReader.read(new ByteArrayInputStream(text));
    assertNotNull(tables);
    assertEquals(market, tables.toMarket());
    assertEquals(market, MarketJsonReader.read(new ByteArrayInputStream(text), "m.json"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedFilesReadAsTheCarefulReaderReadsThem(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    MarketGenerator.Builder generator = seed % 2 == 0 ? generator(seed)
        : generator(seed).programTypeShares(0.1, 0.2).supplementalShare(0.5).reversionShare(0.1);
    String original = new String(json(generator.build().generate(seed)), StandardCharsets.UTF_8);
    for (int trial = 0; trial < 15; trial++) {
      byte[] text = mutate(original, random).getBytes(StandardCharsets.UTF_8);
      String quick = Outcomes.of(() -> MarketJsonReader.read(new ByteArrayInputStream(text), "m.json"));
      String careful = Outcomes.of(() -> MarketJsonReader.carefully(new ByteArrayInputStream(text), "m.json"));
      assertEquals(careful, quick, "trial " + trial + " of seed " + seed);
    }
  }

  /** One random edit at a random place: a character deleted, doubled or replaced, or a token swapped. */
  private static String mutate(String text, SplittableRandom random) {
    int at = random.nextInt(text.length());
    String[] inserts = {",", "]", "}", "\"", "\\u0041", "null", "-1", "0", "01", "1e3", "2.5", "\u00e9", " ", "\"x\"",
        "\"id\" : \"A0\", ", "\"extra\" : 1, ", "[]", "{}", "\t", "\n"};
    return switch (random.nextInt(6)) {
      case 0 -> text.substring(0, at) + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
      case 2 -> text.substring(0, at) + inserts[random.nextInt(inserts.length)] + text.substring(at + 1);
      case 3 -> text.substring(0, at) + inserts[random.nextInt(inserts.length)] + text.substring(at);
      case 4 -> text.replaceFirst("\"P" + random.nextInt(20) + "\"", random.nextBoolean()
          ? "\"A" + random.nextInt(20) + "\"" : "\"P" + random.nextInt(20) + "\"");
      default -> text.substring(0, at);
    };
  }
}

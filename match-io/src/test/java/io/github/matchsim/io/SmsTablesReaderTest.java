package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick reader of Stable Matching Suite instances against the careful one: on well-formed
 * instances it is the one taken and gives the same market; on mutated instances {@link
 * SmsFormat#readMarket} (quick first) and the careful reader alone give equal markets or the same
 * problems.
 */
class SmsTablesReaderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  private static byte[] instance(long seed) throws Exception {
    Market market = MarketGenerator.builder().applicants(5 + (int) (seed * 37 % 400)).coupleShare(0.15)
        .programRankShare(0.8).build().generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SmsFormat.writeMarket(market, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void wellFormedInstancesTakeTheQuickWayToTheSameMarket(long seed) throws Exception {
    byte[] text = instance(seed);
    assertNotNull(SmsTablesReader.read(new ByteArrayInputStream(text)), "the quick reader takes a well-formed instance");
    for (int size : new int[] {2, 7, 64, 1000}) { // blocks that split ids, lines and line ends
      MarketTables tables = SmsTablesReader.read(new ByteArrayInputStream(text), size);
      assertNotNull(tables, "blocks of " + size);
      assertEquals(SmsFormat.readMarketByLines(new ByteArrayInputStream(text), "i.txt"), tables.toMarket(), "blocks of " + size);
    }
    Market quick = SmsFormat.readMarket(new ByteArrayInputStream(text), "i.txt");
    Market careful = SmsFormat.readMarketByLines(new ByteArrayInputStream(text), "i.txt");
    assertEquals(careful, quick);
    Outcomes.assertSameMatching(careful, quick);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedInstancesReadAsTheCarefulReaderReadsThem(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] original = instance(seed);
    for (int trial = 0; trial < 15; trial++) {
      byte[] text = mutate(original, random);
      String quick = Outcomes.of(() -> SmsFormat.readMarket(new ByteArrayInputStream(text), "m.txt"));
      String careful = Outcomes.of(() -> SmsFormat.readMarketByLines(new ByteArrayInputStream(text), "m.txt"));
      assertEquals(careful, quick, "trial " + trial + " of seed " + seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lineEndsAndSeparatorsOfEveryKind(long seed) throws Exception {
    String text = new String(instance(seed), StandardCharsets.US_ASCII);
    String[] ends = {"\r\n", "\r", "\n\n", "\n# comment\n", "\n \n"};
    String[] separators = {"\t", " \t ", "\u000B", "\f", "  "};
    String changed = text.replace("\n", ends[(int) (seed % ends.length)])
        .replace(" ", separators[(int) (seed / ends.length % separators.length)]);
    byte[] bytes = changed.getBytes(StandardCharsets.US_ASCII);
    Market careful = SmsFormat.readMarketByLines(new ByteArrayInputStream(bytes), "s.txt");
    assertNotNull(SmsTablesReader.read(new ByteArrayInputStream(bytes), 1 + (int) (seed % 5)));
    assertEquals(careful, SmsFormat.readMarket(new ByteArrayInputStream(bytes), "s.txt"));
  }

  /** One random edit of the kinds a hand-edited or truncated file has. */
  private static byte[] mutate(byte[] original, SplittableRandom random) {
    String text = new String(original, StandardCharsets.US_ASCII);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    String[] tokens = line.split(" ");
    switch (random.nextInt(10)) {
      case 0 -> lines.add(random.nextInt(lines.size()), line); // a line twice
      case 1 -> lines.remove(i); // a definition missing
      case 2 -> lines.set(i, line + " " + tokens[tokens.length - 1]); // an entry twice
      case 3 -> lines.set(i, line.replaceFirst(" ", " -1 ")); // -1 where an id belongs
      case 4 -> lines.set(i, line + " x" + random.nextInt(5)); // an unknown id
      case 5 -> lines.set(i, tokens.length > 2 ? line.replace(" " + tokens[2] + " ", " -" + tokens[2] + " ") : line);
      case 6 -> lines.set(i, "q" + line); // an unknown line type
      case 7 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1))); // truncated
      case 8 -> lines.set(i, line + " \u00e9"); // not ASCII
      default -> lines.set(i, tokens.length > 1 ? line.replace(" " + tokens[1], " " + tokens[1] + tokens[1]) : line);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}

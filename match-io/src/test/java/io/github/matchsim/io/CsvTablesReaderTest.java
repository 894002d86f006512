package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick reader of CSV folders against the careful one (FastCSV): on folders as {@code match
 * convert} writes them it is the one taken and gives the same market; on edited folders both ways
 * of {@link MarketCsvReader#read} give what the careful reader alone gives, market or problems.
 */
class CsvTablesReaderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  private static Market market(long seed) {
    return MarketGenerator.builder().applicants(5 + (int) (seed * 37 % 300)).coupleShare(seed % 3 == 0 ? 0 : 0.15)
        .programRankShare(0.8).group("US_MD", 0.6).group("NON_US_IMG", 0.4).build().generate(seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void foldersAsWrittenTakeTheQuickWayToTheSameMarket(long seed, @TempDir Path folder) throws Exception {
    Market market = market(seed);
    MarketCsvWriter.write(market, folder);
    assertNotNull(CsvTablesReader.read(folder), "the quick reader takes a folder as written");
    for (int size : new int[] {2, 7, 64, 1000}) { // blocks that split ids, rows, line ends and batches
      MarketTables tables = CsvTablesReader.read(folder, size);
      assertNotNull(tables, "blocks of " + size);
      assertEquals(market, tables.toMarket(), "blocks of " + size);
    }
    Market quick = MarketCsvReader.read(folder);
    assertEquals(market, quick);
    Outcomes.assertSameMatching(market, quick);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void editedFoldersReadAsTheCarefulReaderReadsThem(long seed, @TempDir Path folder) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    MarketCsvWriter.write(market(seed), folder);
    List<Path> files = new ArrayList<>();
    try (var listing = Files.list(folder)) {
      listing.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
    }
    for (int trial = 0; trial < 12; trial++) {
      Path file = files.get(random.nextInt(files.size()));
      byte[] original = Files.readAllBytes(file);
      Files.write(file, edit(new String(original, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8));
      String quick = Outcomes.of(() -> MarketCsvReader.read(folder));
      String careful = Outcomes.of(() -> MarketCsvReader.carefully(folder));
      assertEquals(careful, quick, "trial " + trial + " on " + file.getFileName());
      Files.write(file, original);
    }
  }

  /** One edit of the kinds a spreadsheet or a hand makes to a row, or to the line ends. */
  private static String edit(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = 1 + random.nextInt(Math.max(1, lines.size() - 1));
    i = Math.min(i, lines.size() - 1);
    String line = lines.get(i);
    switch (random.nextInt(9)) {
      case 0 -> lines.add(i, line); // a row twice
      case 1 -> lines.remove(i); // a row missing
      case 2 -> { // two rows swapped
        int j = 1 + random.nextInt(lines.size() - 1);
        lines.set(i, lines.get(j));
        lines.set(j, line);
      }
      case 3 -> lines.set(i, "\"" + line.replaceFirst(",", "\","));
      case 4 -> lines.add(i, "");
      case 5 -> lines.set(i, line + ",x");
      case 6 -> lines.set(i, line.replaceFirst(",([0-9]+),", ",0$1,"));
      case 7 -> lines.set(i, line.replaceFirst(",", ", "));
      default -> {
        return text.replace("\n", "\r\n");
      }
    }
    return String.join("\n", lines);
  }
}

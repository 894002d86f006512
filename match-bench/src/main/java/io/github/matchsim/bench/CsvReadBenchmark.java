package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketCsvReader;
import io.github.matchsim.io.MarketCsvWriter;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a CSV folder of the markets of {@link BenchmarkMarkets#simpleMarket}: parsing, building
 * and validating, from files the operating system has cached (they were just written).
 */
public class CsvReadBenchmark extends MarketSizeBenchmark {
  private Path folder;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("matchsim-bench-csv-");
    MarketCsvWriter.write(BenchmarkMarkets.simpleMarket(applicants, ranks), folder);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Benchmark
  public Market read() throws IOException, InvalidFileException {
    return MarketCsvReader.read(folder);
  }
}

package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketJsonReader;
import io.github.matchsim.io.MarketJsonWriter;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a market JSON file ({@code market/1}) of the markets of {@link
 * BenchmarkMarkets#simpleMarket}: parsing, building and validating, from a file the operating
 * system has cached (it was just written).
 */
public class JsonReadBenchmark extends MarketSizeBenchmark {
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("matchsim-bench-", ".market.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      MarketJsonWriter.write(BenchmarkMarkets.simpleMarket(applicants, ranks), out);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public Market read() throws IOException, InvalidFileException {
    return MarketJsonReader.read(file);
  }
}

package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
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
 * Reading a market of {@link BenchmarkMarkets#simpleMarket} in one format: parsing, building and
 * validating, from a file (or folder) the operating system has cached (it was just written). Each
 * format's benchmark says how to write and read it; JMH runs {@link #read} for each.
 */
public abstract class MarketFileBenchmark extends MarketSizeBenchmark {
  private Path written;

  /** Writes the market in this format under a new temporary name, and returns that file or folder. */
  abstract Path write(Market market) throws IOException;

  /** Reads it back. */
  abstract Market read(Path path) throws IOException, InvalidFileException;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    written = write(BenchmarkMarkets.simpleMarket(applicants, ranks));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(written)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Benchmark
  public Market read() throws IOException, InvalidFileException {
    return read(written);
  }
}

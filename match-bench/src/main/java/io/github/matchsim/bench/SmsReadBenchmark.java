package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.SmsFormat;
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
 * Reading a Stable Matching Suite instance of the markets of {@link BenchmarkMarkets#simpleMarket}:
 * parsing, building and validating, from a file the operating system has cached (it was just
 * written).
 */
public class SmsReadBenchmark extends MarketSizeBenchmark {
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("matchsim-bench-", ".sms");
    try (OutputStream out = Files.newOutputStream(file)) {
      SmsFormat.writeMarket(BenchmarkMarkets.simpleMarket(applicants, ranks), out);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public Market read() throws IOException, InvalidFileException {
    return SmsFormat.readMarket(file);
  }
}

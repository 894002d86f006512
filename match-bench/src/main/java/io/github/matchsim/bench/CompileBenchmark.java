package io.github.matchsim.bench;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a market into its dense form. Run with {@code -prof gc} to see the bytes allocated per
 * compilation; {@link FootprintReport} prints the bytes the compiled form keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CompileBenchmark {
  @Param({"1000", "10000", "50000"})
  public int applicants;

  private Market market;

  @Setup
  public void setUp() {
    market = MarketGenerator.builder().applicants(applicants)
        .listLength(IntDistribution.uniform(10, 14)).build().generate(BenchmarkMarkets.SEED);
  }

  @Benchmark
  public CompiledMarket compile() {
    return market.compile();
  }
}

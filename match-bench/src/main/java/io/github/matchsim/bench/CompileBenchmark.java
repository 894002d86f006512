package io.github.matchsim.bench;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Compiling a market into its dense form. Run with {@code -prof gc} to see the bytes allocated per
 * compilation; {@link FootprintReport} prints the bytes the compiled form keeps.
 */
public class CompileBenchmark extends MarketSizeBenchmark {
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

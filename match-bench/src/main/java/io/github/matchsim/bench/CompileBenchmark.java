package io.github.matchsim.bench;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.MarketCompiler;
import io.github.matchsim.market.Market;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Building a market from its parts ({@link Market}'s constructor, which validates everything
 * docs/formats.md lists) and compiling it into the arrays the algorithms run on; the markets of {@link
 * BenchmarkMarkets#simpleMarket}.
 */
public class CompileBenchmark extends MarketSizeBenchmark {
  private Market market;

  @Setup
  public void setUp() {
    market = BenchmarkMarkets.simpleMarket(applicants, ranks);
  }

  @Benchmark
  public Market build() {
    return new Market(market.programs(), market.applicants(), market.couples());
  }

  @Benchmark
  public IntMarket compile() {
    return MarketCompiler.compile(market); // not market.compile(), which is cached
  }
}

package io.github.matchsim.exact;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact path (encode and solve) on generated markets with 5% of applicants in couples and lists
 * of 8 to 12, at two sizes; each measurement is one market of a new seed (single-shot time), so
 * the figures spread over markets as well as runs. Run with {@code match-exact/bench.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExactPathBenchmark {
  @Param({"500", "2000"})
  public int applicants;

  private long seed;
  private Market market;

  /** A new market per measurement. */
  @Setup(Level.Iteration)
  public void next() {
    seed++;
    market = MarketGenerator.builder().applicants(applicants).coupleShare(0.05)
        .listLength(IntDistribution.uniform(8, 12)).build().generate(seed);
  }

  /** Encoding and solving one market by this project's definition. */
  @Benchmark
  public ExactAnswer solve() {
    return SatStableMatching.withDefaults().solve(market);
  }
}

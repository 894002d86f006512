package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulate.Metric;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One national-scale replication of the funnel market as a study runs it: draw the market, match
 * it with Roth–Peranson (2 retries, as the calibration report), take its statistics; and each
 * phase alone. Run with {@code match-simulator/bench.sh}. Each operation is seconds long, so each
 * measurement is one operation on a new seed (single-shot time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class NationalReplicationBenchmark {
  private final NationalMarketModel model = NationalMarketModel.match2025(1.0).build();
  private long seed;
  private SimulatedMarket drawn;
  private CompiledMarket compiled;

  /** A new seed per measurement, and its market drawn and compiled ahead for the phase benchmarks. */
  @Setup(Level.Iteration)
  public void next() {
    seed++;
    drawn = model.generate(seed);
    compiled = drawn.market().compile();
  }

  private MatchResult match(CompiledMarket market) {
    return RothPeransonMatching.builder().retries(2).seed(seed).build().match(market);
  }

  /** Draw, compile, match and take statistics: what a study's replication costs. */
  @Benchmark
  public MatchStatistics replication() {
    return match(model.generate(seed).market().compile()).statistics();
  }

  /**
   * What a study's replication costs in full: the replication above, then the national margins a
   * study reports ({@link NationalMetrics}), as {@code nrmp-2025} and {@code calibration} run it.
   */
  @Benchmark
  public Map<Metric, Double> study() {
    return NationalMetrics.replicate(model, seed);
  }

  /** Drawing the market alone. */
  @Benchmark
  public SimulatedMarket draw() {
    return model.generate(seed);
  }

  /**
   * Validating and compiling a drawn market's parts again (a new market, since a market keeps its
   * compiled form): the validation is part of {@link #draw} too.
   */
  @Benchmark
  public CompiledMarket validateAndCompile() {
    return new io.github.matchsim.market.Market(drawn.market().programs(), drawn.market().applicants(),
        drawn.market().couples()).compile();
  }

  /** Roth–Peranson with 2 retries on the compiled market alone. */
  @Benchmark
  public MatchResult rothPeranson() {
    return match(compiled);
  }
}

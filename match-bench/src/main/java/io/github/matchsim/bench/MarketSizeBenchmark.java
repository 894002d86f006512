package io.github.matchsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark over market sizes shares (JMH inherits them): average time per
 * operation in milliseconds, 5 warm-up and 5 measured iterations of 2 s, one fork with a fixed,
 * pre-touched 2 GiB heap (see the package documentation), the number of applicants and the ranks per
 * applicant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public abstract class MarketSizeBenchmark {
  /** Applicants, couple members included: from 1,000 to 20 times the national market. */
  @Param({"1000", "10000", "50000", "200000", "1000000"})
  public int applicants;

  /** Programs on each applicant's primary list (each member's, for couples). */
  @Param({"5", "12", "15", "30"})
  public int ranks;
}

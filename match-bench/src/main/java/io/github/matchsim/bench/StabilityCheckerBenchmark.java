package io.github.matchsim.bench;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityReport;
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

/** The stability checker on the applicant-proposing matching of an NRMP-shaped market. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StabilityCheckerBenchmark {
  @Param({"1000", "10000", "50000"})
  public int applicants;

  private Matching matching;

  @Setup
  public void setUp() {
    matching = new GaleShapleyApplicantProposing().match(BenchmarkMarkets.simple(applicants)).matching();
  }

  @Benchmark
  public StabilityReport check() {
    return StabilityChecker.check(matching);
  }
}

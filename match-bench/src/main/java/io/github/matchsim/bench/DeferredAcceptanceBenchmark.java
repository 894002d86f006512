package io.github.matchsim.bench;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.GaleShapleyProgramProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.CompiledMarket;
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
 * Applicant- and program-proposing deferred acceptance on NRMP-shaped markets without couples
 * (see {@link BenchmarkMarkets#simple}). The market is compiled in {@code @Setup}; one operation
 * is one whole match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeferredAcceptanceBenchmark {
  @Param({"1000", "10000", "50000"})
  public int applicants;

  private CompiledMarket market;
  private final GaleShapleyApplicantProposing applicantProposing = new GaleShapleyApplicantProposing();
  private final GaleShapleyProgramProposing programProposing = new GaleShapleyProgramProposing();

  @Setup
  public void setUp() {
    market = BenchmarkMarkets.simple(applicants);
  }

  @Benchmark
  public MatchResult applicantProposing() {
    return applicantProposing.match(market);
  }

  @Benchmark
  public MatchResult programProposing() {
    return programProposing.match(market);
  }
}

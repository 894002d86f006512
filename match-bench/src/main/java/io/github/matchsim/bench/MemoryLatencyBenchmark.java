package io.github.matchsim.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine, not the library: the time of one memory read at a random place in a working set of
 * {@code kib} KiB, each read depending on the one before (a pointer chase around a random cycle, so
 * that neither the processor's prefetchers nor its parallel misses hide the latency).
 *
 * <p>It explains why the matching benchmarks grow faster than their work: deferred acceptance makes
 * a constant number of proposals per applicant at every market size, but each proposal reads a
 * program chosen at random, and as the market's arrays outgrow the caches that read costs what this
 * benchmark measures at the larger working sets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MemoryLatencyBenchmark {
  private static final int READS = 1 << 20;

  /** Size of the working set in KiB. */
  @Param({"64", "512", "2048", "8192", "32768", "131072"})
  public int kib;

  private int[] next;

  /** A single random cycle through every slot (Sattolo's algorithm), so a chase visits them all. */
  @Setup
  public void setUp() {
    next = new int[kib * 256];
    for (int i = 0; i < next.length; i++) {
      next[i] = i;
    }
    SplittableRandom random = new SplittableRandom(BenchmarkMarkets.SEED);
    for (int i = next.length - 1; i > 0; i--) {
      int j = random.nextInt(i);
      int swap = next[i];
      next[i] = next[j];
      next[j] = swap;
    }
  }

  /** One operation is one dependent read. */
  @Benchmark
  @OperationsPerInvocation(READS)
  public int chase() {
    int slot = 0;
    for (int i = 0; i < READS; i++) {
      slot = next[slot];
    }
    return slot;
  }
}

package io.github.matchsim.bench;

import io.github.matchsim.market.CompiledMarket;

/**
 * Prints the memory the compiled form of the benchmark markets keeps, per list entry: the bytes of
 * its arrays ({@link CompiledMarket#sizeInBytes()}, 16-byte headers and 4-byte ints, as on a
 * 64-bit JVM with compressed pointers) divided by the mutually acceptable entries on the
 * applicants' side.
 *
 * <p>Run: {@code java -cp match-bench/target/benchmarks.jar io.github.matchsim.bench.FootprintReport}.
 */
public final class FootprintReport {
  private FootprintReport() {}

  public static void main(String[] args) {
    System.out.printf("%12s %14s %14s %16s%n", "applicants", "list entries", "bytes", "bytes per entry");
    for (int applicants : new int[] {1_000, 10_000, 50_000}) {
      CompiledMarket market = BenchmarkMarkets.simple(applicants);
      System.out.printf("%12d %14d %14d %16.2f%n", applicants, market.applicantSideEntries(),
          market.sizeInBytes(), (double) market.sizeInBytes() / market.applicantSideEntries());
    }
  }
}

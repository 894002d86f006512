package io.github.matchsim.bench;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Measures memory for the markets of {@link BenchmarkMarkets}: the compiled form's bytes per list
 * entry, the heap the market keeps (the {@link Market} and its compiled form, measured as used
 * heap after a full collection) and what one match allocates (the thread's allocated bytes, from
 * {@code com.sun.management.ThreadMXBean}). Their sum bounds the peak heap of one match. Run it
 * with {@code -Xmx2g} to show that a size fits in 2 GiB: it fails with {@link OutOfMemoryError}
 * otherwise. It also counts the proposals of the deferred-acceptance match per applicant: the
 * algorithm's work, which shows whether growing times come from more work or from the memory.
 *
 * <p>Run: {@code java -Xmx2g -cp match-bench/target/benchmarks.jar io.github.matchsim.bench.FootprintReport
 * [APPLICANTS:RANKS ...]} (default 1000000:15). Prints one Markdown table row per size.
 */
public final class FootprintReport {
  private FootprintReport() {}

  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"1000000:15"} : args;
    System.out.println("| applicants | ranks | list entries | compiled bytes per entry | market kept (MiB) "
        + "| allocated by one DA match (MiB) | allocated by one Roth–Peranson match (MiB) | peak bound (MiB) | max heap (MiB) "
        + "| DA proposals per applicant |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String size : sizes) {
      String[] parts = size.split(":");
      int applicants = Integer.parseInt(parts[0]);
      int ranks = Integer.parseInt(parts[1]);
      long base = usedAfterGc();
      Market market = BenchmarkMarkets.simpleMarket(applicants, ranks);
      IntMarket compiled = IntMarket.of(market);
      long kept = usedAfterGc() - base;
      MatchResult[] daResult = new MatchResult[1];
      long da = allocatedBy(() -> daResult[0] = new GaleShapleyApplicantProposing().match(compiled));
      long rp = allocatedBy(() -> new RothPeransonMatching().match(compiled));
      System.out.printf(Locale.ROOT, "| %,d | %d | %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |%n", applicants, ranks,
          compiled.applicantSideEntries(), (double) compiled.sizeInBytes() / compiled.applicantSideEntries(),
          mib(kept), mib(da), mib(rp), mib(kept + Math.max(da, rp)), mib(Runtime.getRuntime().maxMemory()),
          (double) daResult[0].statistics().proposals() / applicants);
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long allocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}

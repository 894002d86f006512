package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Correlated random markets with 2% to 5% of applicants in couples, realistic list lengths,
 * advanced and preliminary programs and reversions: how often Roth–Peranson ends stable.
 *
 * <p>The issue that introduced the algorithm expected at least 99%; on these generated markets
 * 90.7% to 95.3% was measured at 1,000 applicants (and about 83% to 95% at 5,000), and the
 * failures look like genuinely unstable local structures (no order of couples escapes them; on
 * tiny markets the algorithm finds a stable matching whenever brute force shows one exists). So
 * this test guards the measured level, not the hoped-for one: see the closing note of issue 3.
 */
@Tag("slow") // CI runs it in its second step: `mvn -B test -Dtest.excludedGroups= -Dgroups=slow`
class RothPeransonCouplesTest {
  private static final int SEEDS = 1000;
  private static final double MEASURED_FLOOR = 0.88;

  static Market market(long seed) {
    SplittableRandom shape = new SplittableRandom(seed ^ 0x5DEECE66DL);
    return MarketGenerator.builder()
        .applicants(shape.nextInt(500, 1501))
        .listLength(IntDistribution.uniform(10, 14))
        .coupleShare(0.02 + 0.01 * (seed % 4))
        .programTypeShares(0.07, 0.15)
        .reversionShare(0.05)
        .programQualityWeight(0.3 + 0.4 * shape.nextDouble())
        .applicantScoreWeight(0.3 + 0.4 * shape.nextDouble())
        .build()
        .generate(seed);
  }

  @Test
  void endsStableInMostMarketsAndReportsEveryOtherEnding() {
    List<Long> notStable = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      MatchResult result = new RothPeransonMatching().match(market(seed));
      List<BlockingCoalition> blocks = StabilityChecker.check(result.matching()).blocking();
      long seedForMessage = seed;
      assertEquals(result.status() == MatchStatus.STABLE, blocks.isEmpty(), () -> "seed " + seedForMessage);
      assertEquals(blocks.size(), result.blocking().size(), () -> "seed " + seedForMessage);
      assertTrue(blocks.stream().noneMatch(b -> b.kind() == BlockingCoalition.Kind.INDIVIDUALLY_IRRATIONAL
          || b.kind() == BlockingCoalition.Kind.OVER_CAPACITY), () -> "seed " + seedForMessage + ": " + blocks);
      if (result.status() == MatchStatus.CYCLE_DETECTED) {
        assertTrue(result.statistics().cycles() > 0, () -> "seed " + seedForMessage);
      }
      if (result.status() != MatchStatus.STABLE) {
        notStable.add(seed);
      }
    }
    double share = 1 - (double) notStable.size() / SEEDS;
    System.out.printf("Roth–Peranson ended STABLE in %d of %d markets with 2%% to 5%% couples%n",
        SEEDS - notStable.size(), SEEDS);
    assertTrue(share >= MEASURED_FLOOR, "stable in " + share + " of markets; not stable: seeds " + notStable);
  }
}

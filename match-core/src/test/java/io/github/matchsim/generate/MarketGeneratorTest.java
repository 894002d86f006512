package io.github.matchsim.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramType;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarketGeneratorTest {
  private static final MarketGenerator FULL = MarketGenerator.builder()
      .applicants(2000).programs(260).coupleShare(0.05).programTypeShares(0.1, 0.2)
      .reversionShare(0.05).group("US_MD", 3).group("NON_US_IMG", 1).build();

  @Test
  void sameSeedSameMarketOtherSeedOtherMarket() {
    assertEquals(FULL.generate(7), FULL.generate(7));
    assertNotEquals(FULL.generate(7), FULL.generate(8));
  }

  @Test
  void sharesAndSizesAreAsConfigured() {
    Market market = FULL.generate(3);
    assertEquals(2000, market.applicants().size());
    assertEquals(260, market.programs().size());
    assertEquals(50, market.couples().size(), "5% of 2,000 applicants are 50 couples");
    Map<ProgramType, Long> types = market.programs().stream()
        .collect(Collectors.groupingBy(Program::type, Collectors.counting()));
    assertTrue(Math.abs(types.get(ProgramType.ADVANCED) - 26) < 15, types::toString);
    assertTrue(Math.abs(types.get(ProgramType.PRELIMINARY) - 52) < 20, types::toString);
    long withReversions = market.programs().stream().filter(p -> !p.reversions().isEmpty()).count();
    assertTrue(withReversions > 3 && withReversions < 30, "programs with reversions: " + withReversions);
    long supplemental = market.applicants().stream().filter(a -> !a.supplementalLists().isEmpty()).count();
    assertTrue(supplemental > 100, "applicants with supplemental lists: " + supplemental);
    Map<String, Long> groups = market.applicants().stream()
        .collect(Collectors.groupingBy(Applicant::group, Collectors.counting()));
    assertTrue(Math.abs(groups.get("US_MD") - 1500) < 100, groups::toString);
    double meanList = market.applicants().stream().filter(a -> !a.rankOrderList().isEmpty())
        .mapToInt(a -> a.rankOrderList().size()).average().orElseThrow();
    assertTrue(meanList > 11 && meanList < 13, "mean list length " + meanList + ", configured 8 to 16");
  }

  @Test
  void couplesRankMorePairsWithALargerPairFactor() {
    MarketGenerator.Builder builder = MarketGenerator.builder().applicants(400).coupleShare(0.5);
    double plain = builder.build().generate(2).couples().stream().mapToInt(c -> c.rankOrderList().size()).average().orElseThrow();
    double triple = builder.couplePairFactor(3).build().generate(2).couples().stream()
        .mapToInt(c -> c.rankOrderList().size()).average().orElseThrow();
    assertTrue(plain > 16 && plain < 34, "about the two lists' lengths together (8 to 16 each): " + plain);
    assertTrue(triple > 2.7 * plain && triple < 3.3 * plain, plain + " pairs, then " + triple);
    assertThrows(IllegalArgumentException.class, () -> builder.couplePairFactor(0.5));
  }

  @Test
  void programsRankTheConfiguredShareOfTheirApplicants() {
    Market all = MarketGenerator.builder().applicants(500).build().generate(1);
    Market some = MarketGenerator.builder().applicants(500).programRankShare(0.5).build().generate(1);
    long allEntries = all.programs().stream().mapToLong(p -> p.rankOrderList().size()).sum();
    long someEntries = some.programs().stream().mapToLong(p -> p.rankOrderList().size()).sum();
    long applicantEntries = all.applicants().stream().mapToLong(a -> a.rankOrderList().size()).sum();
    assertEquals(applicantEntries, allEntries, "with share 1 every applicant is ranked back");
    assertTrue(Math.abs(someEntries - allEntries / 2.0) < allEntries * 0.05, someEntries + " of " + allEntries);
  }

  @Test
  void correlatedPreferencesMakeGoodProgramsPopular() {
    // With weight 1 every applicant orders its candidates by the same quality, so the most ranked
    // program is ranked far more often than with independent preferences.
    int uniformMax = maxTimesRankedFirst(MarketGenerator.builder().applicants(3000).programs(100)
        .programQualityWeight(0).build().generate(5));
    int correlatedMax = maxTimesRankedFirst(MarketGenerator.builder().applicants(3000).programs(100)
        .programQualityWeight(1).build().generate(5));
    assertTrue(correlatedMax > 2 * uniformMax, correlatedMax + " vs " + uniformMax);
  }

  private static int maxTimesRankedFirst(Market market) {
    return market.applicants().stream().filter(a -> !a.rankOrderList().isEmpty())
        .collect(Collectors.groupingBy(a -> a.rankOrderList().get(0), Collectors.counting()))
        .values().stream().mapToInt(Long::intValue).max().orElse(0);
  }

  @Test
  void badSettingsAreRefusedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MarketGenerator.builder().coupleShare(1.5));
    assertEquals("coupleShare must be in [0, 1], not 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MarketGenerator.builder().programTypeShares(0.6, 0.6));
    assertThrows(IllegalArgumentException.class, () -> IntDistribution.uniform(5, 2));
  }
}

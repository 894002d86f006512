package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.Region;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The couples' lists each variant of the adviser's side builds, on one simulated market. */
class CoupleAdviceTest {
  private static final SimulatedMarket SIM = NationalMarketModel.match2025(0.03).couples(30).build().generate(5);

  @Test
  void everyVariantKeepsTheMarketAndBuildsTheListsItsRuleSays() {
    Map<String, List<String>> interviews = new HashMap<>();
    SIM.applicants().forEach(a -> interviews.put(a.id(), a.interviews()));
    Map<String, Region> region = new HashMap<>();
    SIM.programs().forEach(p -> region.put(p.id(), p.region()));
    for (CoupleAdvice.Variant variant : CoupleAdvice.Variant.values()) {
      Market market = CoupleAdvice.variant(SIM, variant);
      assertEquals(SIM.market().programs(), market.programs());
      assertEquals(SIM.market().applicants().size(), market.applicants().size());
      if (variant == CoupleAdvice.Variant.SINGLES) {
        assertTrue(market.couples().isEmpty());
        for (Couple c : SIM.market().couples()) {
          assertEquals(interviews.get(c.member1()), market.applicant(c.member1()).orElseThrow().rankOrderList());
        }
        continue;
      }
      assertEquals(SIM.market().couples().size(), market.couples().size());
      for (Couple c : market.couples()) {
        List<ProgramPair> both = c.rankOrderList().stream().filter(p -> p.first() != null && p.second() != null).toList();
        assertTrue(variant.limit == 0 || both.size() <= variant.limit, variant + ": at most its pairs");
        for (ProgramPair pair : both) {
          assertTrue(interviews.get(c.member1()).contains(pair.first()) && interviews.get(c.member2()).contains(pair.second()));
          assertTrue(variant.anyRegion || region.get(pair.first()) == region.get(pair.second()), variant + ": one region");
        }
        int alone = c.rankOrderList().size() - both.size();
        assertEquals(interviews.get(c.member1()).size() + interviews.get(c.member2()).size(), alone, "then each alone");
      }
    }
  }

  @Test
  void theOutcomesAreSharesForEveryVariant() {
    Map<io.github.matchsim.simulate.Metric, Double> metrics = CoupleAdvice.replicate(SIM, 5);
    assertEquals(2 * CoupleAdvice.Variant.values().length, metrics.size());
    metrics.values().forEach(v -> assertTrue(v >= 0 && v <= 100, "a percent: " + v));
    assertEquals(metrics.keySet(), CoupleAdvice.notMeasured().keySet());
  }
}

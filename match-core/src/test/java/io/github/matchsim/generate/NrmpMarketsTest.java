package io.github.matchsim.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.market.Market;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.MetricSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2025 preset reproduces the published scale and, averaged over replications as it was
 * calibrated, the match rates by group (one market at a fifth of the scale varies by a few points).
 */
class NrmpMarketsTest {
  private static final Map<String, Double> PUBLISHED_2025 = Map.of(
      "US_MD", 93.5, "US_DO", 92.6, "US_IMG", 67.8, "NON_US_IMG", 58.0, "filled", 94.3);

  @Test
  void matchRatesByGroupAreNearThePublishedOnes() {
    Market market = NrmpMarkets.match2025(0.2).build().generate(2025);
    assertEquals(9_442, market.applicants().size());
    assertEquals(1_325, market.programs().size());
    MarketGenerator generator = NrmpMarkets.match2025(0.2).build();
    Experiment.ExperimentResult result = Experiment.builder().replications(4).masterSeed(2025).build()
        .run((index, seed) -> {
          MatchStatistics s = new RothPeransonMatching().match(generator.generate(seed)).statistics();
          Map<Metric, Double> rates = new LinkedHashMap<>();
          for (String group : new String[] {"US_MD", "US_DO", "US_IMG", "NON_US_IMG"}) {
            int matched = s.matchedByGroup().get(group);
            rates.put(Metric.named(group), 100.0 * matched / (matched + s.unmatchedByGroup().get(group)));
          }
          rates.put(Metric.named("filled"), 100.0 * s.filledPositions() / s.positions());
          return rates;
        });
    for (Map.Entry<String, Double> published : PUBLISHED_2025.entrySet()) {
      MetricSummary measured = result.summary(Metric.named(published.getKey()));
      assertTrue(Math.abs(measured.mean() - published.getValue()) < 3,
          measured + "; published " + published.getValue() + "%");
    }
  }
}

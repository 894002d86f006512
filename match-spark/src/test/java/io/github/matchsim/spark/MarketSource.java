package io.github.matchsim.spark;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import io.github.matchsim.stability.StabilityChecker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source for the tests, from the library alone: a generated market of {@code applicants} with
 * {@code couple_share} of them in couples, matched by Roth–Peranson; metrics of every kind, a
 * ratio among them, so that summaries see doubles that are not whole. {@code fail_at} makes that
 * replication throw.
 */
public final class MarketSource implements ReplicationSource {
  static final Metric STABLE = Metric.percentOfRuns("stable");
  static final Metric MATCHED = Metric.percent("matched");
  static final Metric PROPOSALS = Metric.count("proposals");
  static final Metric MEAN_RANK = Metric.named("mean_rank");

  private static double meanRank(java.util.List<Integer> distribution) {
    double sum = 0;
    long count = 0;
    for (int k = 0; k < distribution.size(); k++) {
      sum += (k + 1.0) * distribution.get(k);
      count += distribution.get(k);
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  @Override
  public String name() {
    return "test-market";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("applicants", "applicants", "couple_share", "share in couples", "fail_at", "a replication that throws");
  }

  @Override
  public Replication replication(Map<String, String> settings) {
    int applicants = Integer.parseInt(settings.get("applicants"));
    double coupleShare = Double.parseDouble(settings.getOrDefault("couple_share", "0"));
    int failAt = Integer.parseInt(settings.getOrDefault("fail_at", "-1"));
    if (applicants < 2) {
      throw new IllegalArgumentException("test-market: applicants must be at least 2, not " + applicants);
    }
    return (index, seed) -> {
      if (index == failAt) {
        throw new IllegalStateException("asked to fail");
      }
      MatchResult result = new RothPeransonMatching().match(MarketGenerator.builder().applicants(applicants)
          .listLength(IntDistribution.uniform(3, 10)).coupleShare(coupleShare).programTypeShares(0.07, 0.15)
          .reversionShare(0.05).programQualityWeight(0.5).applicantScoreWeight(0.5).build().generate(seed).compile());
      // The status stands on the independent checker's word, here as in every test.
      if ((result.status() == MatchStatus.STABLE) != StabilityChecker.check(result.matching()).isStable()) {
        throw new AssertionError("status " + result.status() + " disagrees with the checker, seed " + seed);
      }
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      metrics.put(STABLE, result.status() == MatchStatus.STABLE ? 100.0 : 0.0);
      metrics.put(MATCHED, 100.0 * result.statistics().matched() / result.statistics().applicants());
      metrics.put(PROPOSALS, (double) result.statistics().proposals());
      metrics.put(MEAN_RANK, meanRank(result.statistics().rankDistribution()));
      return metrics;
    };
  }
}

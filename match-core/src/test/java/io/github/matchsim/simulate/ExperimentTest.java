package io.github.matchsim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {
  private static final Replication MATCH = (index, seed) -> {
    MatchStatistics s = new RothPeransonMatching().match(MarketGenerator.builder().applicants(200)
        .coupleShare(0.05).build().generate(seed)).statistics();
    return Map.of(Metric.named("matched"), (double) s.matched(), Metric.named("proposals"), (double) s.proposals());
  };

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    Experiment.ExperimentResult one = Experiment.builder().replications(24).masterSeed(7).threads(1).build().run(MATCH);
    Experiment.ExperimentResult four = Experiment.builder().replications(24).masterSeed(7).threads(4).build().run(MATCH);
    for (int i = 0; i < 24; i++) {
      assertEquals(one.replication(i), four.replication(i), "replication " + i);
    }
    assertEquals(one.summaries(), four.summaries());
  }

  @Test
  void seedsComeFromTheMasterSeedAndDiffer() {
    HashSet<Long> seeds = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seeds.add(Experiment.seedOf(42, i));
    }
    assertEquals(10_000, seeds.size());
    assertEquals(Experiment.seedOf(42, 3), Experiment.seedOf(42, 3));
    assertTrue(Experiment.seedOf(42, 3) != Experiment.seedOf(43, 3));
  }

  @Test
  void progressIsReportedOncePerReplication() {
    List<Integer> seen = new ArrayList<>();
    Experiment.builder().replications(10).threads(2).progress(seen::add).build()
        .run((i, seed) -> Map.of(Metric.named("x"), (double) i));
    assertEquals(10, seen.size());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen.stream().sorted().toList());
  }

  @Test
  void aFailingReplicationNamesItsSeed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Experiment.builder().replications(5)
        .masterSeed(3).build().run((i, seed) -> {
          if (i == 2) {
            throw new ArithmeticException("boom");
          }
          return Map.of(Metric.named("x"), 1.0);
        }));
    assertTrue(e.getMessage().startsWith("replication 2 (seed " + Experiment.seedOf(3, 2) + ") failed"), e.getMessage());
  }

  @Test
  void summaryIsStudentsIntervalAndCsvsHaveARowEach() throws Exception {
    Experiment.ExperimentResult result = Experiment.builder().replications(5).threads(2).build()
        .run((i, seed) -> Map.of(Metric.named("x"), (double) (i + 1)));
    MetricSummary x = result.summary(Metric.named("x"));
    assertEquals(3.0, x.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), x.standardDeviation(), 1e-12);
    assertEquals(2.776 * Math.sqrt(2.5) / Math.sqrt(5), x.halfWidth(), 1e-9);
    assertEquals(1.984, MetricSummary.tQuantile975(100), 0.001);
    // A proportion: 3 yes of 4 gives Wilson's interval 0.301 to 0.954, inside [0, 1].
    MetricSummary yes = MetricSummary.of(Metric.shareOfRuns("yes"), new double[] {1, 1, 1, 0});
    assertEquals(0.75, yes.mean(), 1e-12);
    assertEquals(0.3006, yes.low(), 1e-3);
    assertEquals(0.9544, yes.high(), 1e-3);
    MetricSummary all = MetricSummary.of(Metric.percent("all"), new double[] {100, 100, 100});
    assertTrue(all.high() <= 100 + 1e-9 && all.low() > 0, all.toString());
    StringWriter replications = new StringWriter();
    result.writeReplicationsCsv(replications);
    assertEquals(6, replications.toString().lines().count());
    assertTrue(replications.toString().startsWith("replication,seed,x\n0," + Experiment.seedOf(1, 0) + ",1\n"));
    StringWriter summary = new StringWriter();
    result.writeSummaryCsv(summary);
    assertTrue(summary.toString().startsWith("metric,replications,mean,sd,ci95_low,ci95_high\nx,5,3,"), summary.toString());
  }

  @Test
  void metricNamesAreCsvHeadersAndFamiliesAreDerivedByOneRule() {
    Metric matched = Metric.named("matched_percent");
    assertEquals("matched_percent_US_MD_10", matched.by("US_MD").by(10).name());
    assertEquals(matched.by("US_MD"), Metric.named("matched_percent_US_MD"));
    for (String bad : new String[] {"", "a,b", "a b", "x\"y", "rate%", "é"}) {
      assertThrows(IllegalArgumentException.class, () -> Metric.named(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> matched.by("no group"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Experiment.builder()
        .replications(2).build().run((i, seed) -> Map.of(matched, 1.0)).summary(Metric.named("matched")));
    assertTrue(unknown.getMessage().contains("no metric matched"), unknown.getMessage());
  }

  @Test
  void eachKindOfMetricGetsItsIntervalAndRefusesValuesOutsideItsRange() {
    // A count near 0: the t interval would reach below 0.
    MetricSummary count = MetricSummary.of(Metric.count("unfilled"), new double[] {0, 0, 1, 5});
    assertEquals(0.0, count.low(), 0.0);
    MetricSummary value = MetricSummary.of(Metric.named("change"), new double[] {0, 0, 1, 5});
    assertTrue(value.low() < 0, "a value's interval is Student's t as it is: " + value);
    // A percentage near 100 stays within 100.
    MetricSummary percent = MetricSummary.of(Metric.percent("filled"), new double[] {99, 100, 100, 95});
    assertEquals(100.0, percent.high(), 0.0);
    // A share of runs gets Wilson's interval whatever its values, written as 0/1 or as 0/100.
    MetricSummary none = MetricSummary.of(Metric.shareOfRuns("stable"), new double[] {0, 0, 0, 0});
    assertEquals(0.0, none.low(), 1e-12);
    assertEquals(0.490, none.high(), 1e-3); // Wilson's upper end for 0 of 4
    MetricSummary nonePercent = MetricSummary.of(Metric.percentOfRuns("stable"), new double[] {0, 0, 0, 0});
    assertEquals(49.0, nonePercent.high(), 0.1);
    assertThrows(IllegalArgumentException.class, () -> MetricSummary.of(Metric.shareOfRuns("s"), new double[] {0, 100}));
    assertThrows(IllegalArgumentException.class, () -> MetricSummary.of(Metric.percent("p"), new double[] {101}));
    assertThrows(IllegalArgumentException.class, () -> MetricSummary.of(Metric.count("c"), new double[] {-1}));
    assertEquals(Metric.Kind.PERCENT, Metric.percent("rate").by("US_MD").kind(), "a family keeps its kind");
  }
}

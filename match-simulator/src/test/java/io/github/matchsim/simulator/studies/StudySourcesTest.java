package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.ReplicationSource;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.stability.StabilityChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The studies' replication sources: found by name, measured as the studies measure, settings checked. */
class StudySourcesTest {
  @Test
  void areFoundByName() {
    assertInstanceOf(StudySource.class, ReplicationSource.named("study"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new StudySource().replication(Map.of("study", "nope")))
        .getMessage().contains("nrmp-2025"));
    assertInstanceOf(CouplesSource.class, ReplicationSource.named("couples"));
    assertInstanceOf(NationalSource.class, ReplicationSource.named("national"));
  }

  @Test
  void nationalIsTheNrmp2025ReplicationWithTheModelsSettings() {
    long seed = 11;
    Map<Metric, Double> defaults = ReplicationSource.named("national").replication(Map.of("scale", "0.01")).run(0, seed);
    assertEquals(NationalMetrics.replicate(NationalMarketModel.match2025(0.01).build(), seed), defaults);
    Map<Metric, Double> varied = ReplicationSource.named("national").replication(Map.of("scale", "0.01",
        "couple_percent", "10", "interview_limit", "8", "interviews_per_position", "10", "program_rank_share", "0.8"))
        .run(0, seed);
    long couples = Math.round(CouplesStudy.applicants(0.01) * 10 / 200.0);
    assertEquals(NationalMetrics.replicate(NationalMarketModel.match2025(0.01).couples((int) couples).interviewLimit(8)
        .interviewsPerPosition(10).programRankShare(0.8).build(), seed), varied);
    assertTrue(!varied.equals(defaults), "the settings change the market");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new NationalSource()
        .replication(Map.of("scale", "0.01", "interview_limit", "0"))).getMessage().contains("interview_limit"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new NationalSource()
        .replication(Map.of("scale", "0.01", "program_rank_share", "1.5"))).getMessage().contains("program_rank_share"));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void measuresTheStudysCell(long seed) {
    Map<Metric, Double> metrics = ReplicationSource.named("couples")
        .replication(Map.of("scale", "0.01", "couple_percent", "10")).run(0, seed);
    CouplesStudy.Cell cell = CouplesStudy.Cell.match(0.01, 10, seed);
    assertEquals(List.of(CouplesStudy.STABLE_PERCENT, CouplesStudy.BOTH_MATCHED, CouplesStudy.BLOCKING),
        List.copyOf(metrics.keySet()));
    assertEquals(cell.stablePercent(), metrics.get(CouplesStudy.STABLE_PERCENT));
    assertEquals(cell.bothMatched(), metrics.get(CouplesStudy.BOTH_MATCHED));
    assertEquals(cell.blocking(), metrics.get(CouplesStudy.BLOCKING));
    // The status the metric reports stands on the independent checker's word.
    assertEquals(cell.result().status() == MatchStatus.STABLE, StabilityChecker.check(cell.result().matching()).isStable());
    assertEquals(StabilityChecker.check(cell.result().matching()).count(), metrics.get(CouplesStudy.BLOCKING).intValue());
  }

  static java.util.stream.Stream<String> studies() {
    return Studies.all().stream().map(Study::name);
  }

  /** A sweep of the source "study" computes the rows of the study's own replications.csv. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("studies")
  void studyGivesTheStudysOwnRows(String name, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    double scale = 0.01;
    Studies.named(name).orElseThrow().run(new StudyRun(2, 5, scale, dir, null));
    io.github.matchsim.simulate.Experiment.ExperimentResult swept = io.github.matchsim.simulate.Experiment.builder()
        .replications(2).masterSeed(5).build()
        .run(ReplicationSource.named("study").replication(Map.of("study", name, "scale", Double.toString(scale))));
    java.io.StringWriter rows = new java.io.StringWriter();
    swept.writeReplicationsCsv(rows);
    assertEquals(java.nio.file.Files.readString(dir.resolve("replications.csv")), rows.toString());
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("."))) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().equals(name)), "the source wrote nothing");
    }
  }

  @Test
  void refusesSettingsItCannotRunNamingThem() {
    ReplicationSource source = new CouplesSource();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> source.replication(Map.of("scale", "0.01")))
        .getMessage().contains("couple_percent"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> source.replication(Map.of("scale", "0", "couple_percent", "5"))).getMessage().contains("scale"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> source.replication(Map.of("scale", "0.01", "couple_percent", "2.5"))).getMessage().contains("whole"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> source.replication(Map.of("scale", "0.01", "couple_percent", "5", "size", "1"))).getMessage().contains("size"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> source.replication(Map.of("scale", "tiny", "couple_percent", "5"))).getMessage().contains("tiny"));
  }
}

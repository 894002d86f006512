package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulate.ReplicationSource;
import io.github.matchsim.stability.StabilityChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The couples study's cell as a replication source: found by name, measured as the study measures it. */
class CouplesSourceTest {
  @Test
  void isFoundByName() {
    assertInstanceOf(CouplesSource.class, ReplicationSource.named("couples"));
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

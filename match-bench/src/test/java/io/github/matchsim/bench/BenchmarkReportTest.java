package io.github.matchsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
  @Test
  void theFittedExponentIsTheSlopeOnLogLogScales() {
    List<BenchmarkReport.Result> linear = List.of(new BenchmarkReport.Result("x", 1000, 10, "", 0, 2, 0),
        new BenchmarkReport.Result("x", 10000, 10, "", 0, 20, 0), new BenchmarkReport.Result("x", 100000, 10, "", 0, 200, 0));
    assertEquals(1.0, BenchmarkReport.exponent(linear), 1e-9);
    List<BenchmarkReport.Result> quadratic = List.of(new BenchmarkReport.Result("x", 1000, 10, "", 0, 1, 0),
        new BenchmarkReport.Result("x", 2000, 10, "", 0, 4, 0), new BenchmarkReport.Result("x", 4000, 10, "", 0, 16, 0));
    assertEquals(2.0, BenchmarkReport.exponent(quadratic), 1e-9);
  }

  @Test
  void scoresAreConvertedToMillisecondsFromJmhUnits() {
    assertEquals(1e-6, BenchmarkReport.millisecondsPer("ns/op"));
    assertEquals(1.0, BenchmarkReport.millisecondsPer("ms/op"));
    assertEquals(1000.0, BenchmarkReport.millisecondsPer("s/op"));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkReport.millisecondsPer("ops/ms"));
  }
}

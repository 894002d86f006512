package io.github.matchsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
  @Test
  void theFittedExponentIsTheSlopeOnLogLogScales() {
    List<BenchmarkReport.Result> linear = List.of(new BenchmarkReport.Result("x", 1000, 10, "", 2, 0),
        new BenchmarkReport.Result("x", 10000, 10, "", 20, 0), new BenchmarkReport.Result("x", 100000, 10, "", 200, 0));
    assertEquals(1.0, BenchmarkReport.exponent(linear), 1e-9);
    List<BenchmarkReport.Result> quadratic = List.of(new BenchmarkReport.Result("x", 1000, 10, "", 1, 0),
        new BenchmarkReport.Result("x", 2000, 10, "", 4, 0), new BenchmarkReport.Result("x", 4000, 10, "", 16, 0));
    assertEquals(2.0, BenchmarkReport.exponent(quadratic), 1e-9);
  }
}

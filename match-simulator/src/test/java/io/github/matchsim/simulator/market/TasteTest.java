package io.github.matchsim.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An applicant's taste for a program is one opinion, asked for as often as needed (when it chooses
 * interviews and when it ranks them), and over many pairs it is a standard normal.
 */
class TasteTest {
  private static final NationalMarketModel MODEL = NationalMarketModel.match2025(0.01).build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aTasteIsTheSameEachTimeAndAStandardNormalOverPairs(long seed) {
    FunnelDraw draw = new FunnelDraw(MODEL, seed);
    FunnelDraw again = new FunnelDraw(MODEL, seed);
    int n = 0;
    double sum = 0;
    double squares = 0;
    int beyondTwo = 0;
    for (int a = 0; a < 200; a++) {
      for (int p = 0; p < 200; p++) {
        double t = draw.taste(a, p);
        assertEquals(t, draw.taste(a, p), "asked twice");
        assertEquals(t, again.taste(a, p), "the same seed");
        n++;
        sum += t;
        squares += t * t;
        beyondTwo += Math.abs(t) > 1.959964 ? 1 : 0;
      }
    }
    double mean = sum / n;
    double variance = squares / n - mean * mean;
    // 40,000 draws: the mean's standard error is 0.005, the variance's about 0.007.
    assertEquals(0, mean, 0.025, "mean");
    assertEquals(1, variance, 0.035, "variance");
    assertEquals(0.05, (double) beyondTwo / n, 0.005, "share beyond 1.96");
    assertNotEquals(draw.taste(3, 7), new FunnelDraw(MODEL, seed + 1).taste(3, 7), "another seed, another taste");
    assertNotEquals(draw.taste(3, 7), draw.taste(7, 3), "a's taste for p is not p's for a");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tastesOfOneApplicantAreIndependentOfOneAnother(long seed) {
    FunnelDraw draw = new FunnelDraw(MODEL, seed);
    // Neighbouring programs of one applicant: the correlation of their tastes is near 0.
    double sxy = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    int n = 20_000;
    for (int k = 0; k < n; k++) {
      double x = draw.taste(k, 2 * k);
      double y = draw.taste(k, 2 * k + 1);
      sxy += x * y;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
    }
    double r = (sxy / n - sx / n * sy / n) / Math.sqrt((sxx / n - sx * sx / n / n) * (syy / n - sy * sy / n / n));
    assertTrue(Math.abs(r) < 0.03, "correlation " + r); // standard error 0.007
  }
}

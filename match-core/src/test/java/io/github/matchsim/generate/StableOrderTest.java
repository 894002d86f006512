package io.github.matchsim.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.matchsim.testkit.Markets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator's sort gives exactly the order of a stable boxed sort, ties and signed zeros included. */
class StableOrderTest {

  static LongStream seeds() {
    return Markets.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ordersAsAStableSortByDecreasingValue(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = (int) (seed % 3 == 0 ? random.nextInt(0, 30) : random.nextInt(0, 3000));
    double[] key = new double[n];
    int distinct = random.nextInt(1, 50); // few distinct values: many ties
    for (int i = 0; i < n; i++) {
      key[i] = switch (random.nextInt(8)) {
        case 0 -> random.nextInt(distinct);
        case 1 -> random.nextBoolean() ? 0.0 : -0.0;
        case 2 -> random.nextInt(20) == 0 ? Double.NaN : Double.NEGATIVE_INFINITY;
        default -> random.nextGaussian();
      };
    }
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, (x, y) -> Double.compare(key[y], key[x]));
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), StableOrder.byDecreasing(key));
  }
}

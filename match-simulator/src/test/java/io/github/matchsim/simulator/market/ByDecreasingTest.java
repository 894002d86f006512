package io.github.matchsim.simulator.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The funnel's primitive sort orders as a stable sort by decreasing (float) key does, ties by
 * position, and its partial form gives the same first items.
 */
class ByDecreasingTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ordersAsAStableSortByDecreasingKey(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(0, seed % 4 == 0 ? 20 : 2000);
    int[] items = new int[n];
    double[] key = new double[n];
    for (int i = 0; i < n; i++) {
      items[i] = random.nextInt(1_000_000);
      key[i] = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(5) - 2; // ties
        case 1 -> random.nextBoolean() ? 0.0 : -0.0;
        default -> 3 * random.nextGaussian();
      };
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Float.compare((float) key[y], (float) key[x]));
    int[] expected = Arrays.stream(order).mapToInt(i -> items[i]).toArray();
    assertArrayEquals(expected, FunnelDraw.byDecreasing(items, key));
    // The first k alone, selected then sorted, are the first k of the whole order, for every k.
    for (int k : new int[] {0, Math.min(1, n), n / 3, n / 2, Math.max(0, n - 1), n}) {
      assertArrayEquals(Arrays.copyOf(expected, k), FunnelDraw.byDecreasing(items, key, k), "first " + k + " of " + n);
    }
  }
}

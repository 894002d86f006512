package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cycle detector's set of longs answers exactly as {@link HashSet} does, zero and clearing included. */
class LongHashSetTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addsAsAHashSetDoes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LongHashSet set = new LongHashSet();
    Set<Long> expected = new HashSet<>();
    int range = 1 + random.nextInt(5_000);
    for (int i = 0; i < 20_000; i++) {
      if (random.nextInt(2_000) == 0) {
        set.clear();
        expected.clear();
      }
      // Small values collide on purpose, large ones test the spread of high bits.
      long value = random.nextBoolean() ? random.nextInt(range) : random.nextLong() & ~0xFFFFFFFFL;
      assertEquals(expected.add(value), set.add(value), "adding " + value);
    }
  }
}

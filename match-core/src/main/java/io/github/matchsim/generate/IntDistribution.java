package io.github.matchsim.generate;

import java.util.SplittableRandom;

/** A distribution of non-negative whole numbers, such as list lengths or positions per program. */
@FunctionalInterface
public interface IntDistribution {

  /** One draw. */
  int sample(SplittableRandom random);

  /** Always {@code value}. */
  static IntDistribution constant(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("value must be ≥ 0, not " + value);
    }
    return new IntDistribution() {
      @Override
      public int sample(SplittableRandom random) {
        return value;
      }

      @Override
      public String toString() {
        return "constant(" + value + ")";
      }
    };
  }

  /** Uniform over {@code min..max}, both included. */
  static IntDistribution uniform(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 ≤ min ≤ max, not min " + min + " and max " + max);
    }
    return new IntDistribution() {
      @Override
      public int sample(SplittableRandom random) {
        return min == max ? min : random.nextInt(min, max + 1);
      }

      @Override
      public String toString() {
        return "uniform(" + min + ", " + max + ")";
      }
    };
  }
}

package io.github.matchsim.algorithm;

import java.util.Arrays;

/**
 * A set of longs by open addressing with linear probing, without boxing: the cycle detector adds
 * one 64-bit state hash per quiescent state, and a {@code HashSet<Long>} allocated an object for
 * each. Zero is kept aside, since an empty slot holds zero.
 */
final class LongHashSet {
  private long[] slots = new long[16];
  private int size;
  private boolean hasZero;

  /** Adds {@code value}; whether it was absent. */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = spread(value) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == 0) {
        slots[i] = value;
        size++;
        return true;
      }
      if (slots[i] == value) {
        return false;
      }
    }
  }

  /** Empties the set, in time proportional to its capacity only when it holds something. */
  void clear() {
    if (size > 0) {
      Arrays.fill(slots, 0);
      size = 0;
    }
    hasZero = false;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[2 * old.length];
    size = 0;
    for (long value : old) {
      if (value != 0) {
        add(value);
      }
    }
  }

  /** The hashes added are already well mixed; fold the high bits in anyway for the mask. */
  private static int spread(long value) {
    return (int) (value ^ (value >>> 32));
  }
}

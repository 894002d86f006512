package io.github.matchsim.io;

import java.util.Arrays;

/** A growing array of ints, for readers that fill tables of unknown length. */
final class IntList {
  private int[] values = new int[1024];
  int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
    }
    values[size++] = value;
  }

  int get(int i) {
    return values[i];
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}

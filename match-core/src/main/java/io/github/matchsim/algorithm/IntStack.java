package io.github.matchsim.algorithm;

import java.util.Arrays;

/** A growable stack of ints. */
final class IntStack {
  private int[] items;
  private int size;

  IntStack(int capacity) {
    items = new int[Math.max(4, capacity)];
  }

  void push(int item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, 2 * size);
    }
    items[size++] = item;
  }

  int pop() {
    return items[--size];
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Reverses the order of the items from index {@code from} to the top. */
  void reverseFrom(int from) {
    for (int i = from, j = size - 1; i < j; i++, j--) {
      int swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
  }
}

package io.github.matchsim.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing array of ints, for readers that fill tables of unknown length: in blocks, so that
 * growing copies nothing and {@link #toArray} allocates the one array of the final length (a
 * doubling array would hold up to three times the entries at its peak; a 1,000,000-applicant
 * market's lists are 30 million entries).
 */
final class IntList {
  private static final int BLOCK = 1 << 16;

  private final List<int[]> full = new ArrayList<>();
  private int[] block = new int[1024];
  private int inBlock;
  int size;

  void add(int value) {
    if (inBlock == block.length) {
      grow();
    }
    block[inBlock++] = value;
    size++;
  }

  private void grow() {
    if (block.length < BLOCK) { // small lists stay small
      block = java.util.Arrays.copyOf(block, 2 * block.length);
      return;
    }
    full.add(block);
    block = new int[BLOCK];
    inBlock = 0;
  }

  int get(int i) {
    int blocks = full.size();
    int first = blocks * BLOCK;
    return i >= first ? block[i - first] : full.get(i / BLOCK)[i % BLOCK];
  }

  int[] toArray() {
    int[] values = new int[size];
    int at = 0;
    for (int[] b : full) {
      System.arraycopy(b, 0, values, at, b.length);
      at += b.length;
    }
    System.arraycopy(block, 0, values, at, inBlock);
    return values;
  }
}

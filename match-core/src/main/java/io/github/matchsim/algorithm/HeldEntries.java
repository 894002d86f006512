package io.github.matchsim.algorithm;

/** A fixed-size set of entry indices as a bitset, with a search for the previous member. */
final class HeldEntries {
  private final long[] words;

  HeldEntries(int size) {
    words = new long[(size + 63) >>> 6];
  }

  boolean get(int index) {
    return (words[index >>> 6] & (1L << index)) != 0;
  }

  void set(int index) {
    words[index >>> 6] |= 1L << index;
  }

  void clear(int index) {
    words[index >>> 6] &= ~(1L << index);
  }

  /** The largest member in {@code lowest..index}, or -1 when there is none. */
  int previousSet(int index, int lowest) {
    if (index < lowest) {
      return -1;
    }
    int word = index >>> 6;
    int lowestWord = lowest >>> 6;
    long bits = words[word] & (-1L >>> (63 - (index & 63)));
    while (bits == 0) {
      if (--word < lowestWord) {
        return -1;
      }
      bits = words[word];
    }
    int found = (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
    return found >= lowest ? found : -1;
  }

  /** The largest member at most {@code index}; there must be one. */
  int previousSet(int index) {
    int word = index >>> 6;
    long bits = words[word] & (-1L >>> (63 - (index & 63)));
    while (bits == 0) {
      bits = words[--word];
    }
    return (word << 6) + 63 - Long.numberOfLeadingZeros(bits);
  }
}

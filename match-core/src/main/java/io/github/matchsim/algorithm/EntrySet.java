package io.github.matchsim.algorithm;

/**
 * A fixed-size set of list-entry indices as a bitset, with searches for the previous member and for
 * the next member of either of two sets.
 */
final class EntrySet {
  private final long[] words;

  EntrySet(int size) {
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

  /**
   * The smallest index in {@code from..to-1} that is a member of {@code x} or of {@code y} (of the
   * same size), or -1 when there is none.
   */
  static int nextInEither(EntrySet x, EntrySet y, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int word = from >>> 6;
    int lastWord = (to - 1) >>> 6;
    long bits = (x.words[word] | y.words[word]) & (-1L << from); // shifts use the low six bits
    while (bits == 0) {
      if (++word > lastWord) {
        return -1;
      }
      bits = x.words[word] | y.words[word];
    }
    int found = (word << 6) + Long.numberOfTrailingZeros(bits);
    return found < to ? found : -1;
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

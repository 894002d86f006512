package io.github.matchsim.algorithm;

import java.util.Arrays;

/**
 * Tells when the Roth–Peranson process revisits a quiescent state (an empty applicant stack). There,
 * every pointer into a list follows from the assignment, so the assignment and the program stack
 * determine all that follows: if both repeat, the process cycles. Each is hashed incrementally (a
 * Zobrist hash of the assignment, a polynomial hash of the stack's sequence), and the 64-bit state
 * hashes seen since the phase began are kept. Two different states share a hash with probability
 * about {@code k²/2⁶⁵} for {@code k} quiescent states.
 */
final class CycleDetector {
  private long assignmentHash;
  /** Per program-stack size, the hash of the stack's sequence up to there. */
  private long[] stackHashes = new long[16];
  private final LongHashSet seen = new LongHashSet();

  /** Applicant {@code a}'s position of this kind (0 primary, 1 PGY-1) moves from {@code from} to {@code to}. */
  void assigned(int a, int from, int to, int kind) {
    assignmentHash ^= key(a, from, kind) ^ key(a, to, kind);
  }

  /** Program {@code p} was pushed, making the program stack {@code size} long. */
  void pushed(int size, int p) {
    if (size >= stackHashes.length) {
      stackHashes = Arrays.copyOf(stackHashes, 2 * size);
    }
    stackHashes[size] = stackHashes[size - 1] * 0x9E3779B97F4A7C15L + p + 1;
  }

  /** A new phase: states seen before it no longer count. */
  void startPhase() {
    seen.clear();
  }

  /** Records the quiescent state with a program stack of this size; whether it was seen in this phase. */
  boolean repeats(int stackSize) {
    return !seen.add(assignmentHash ^ mix(stackHashes[stackSize]));
  }

  private static long key(int a, int p, int kind) {
    return p < 0 ? 0 : mix(((long) a << 33) ^ ((long) p << 1) ^ kind);
  }

  /** The finalizer of SplitMix64: a bijection that spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

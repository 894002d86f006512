package io.github.matchsim.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids read as ranges of ASCII bytes, each numbered densely in order of first sight and made a
 * {@code String} once: a reader that passes every id of a file through {@link #intern} allocates
 * nothing per list entry, only per distinct id. The ids' bytes are copied, so the reader's buffer
 * may be reused.
 *
 * <p>An open-addressing table keyed by a 64-bit key per id: for an id of up to seven bytes the key
 * is the bytes themselves with the length above them, so that a lookup is one probe of the table
 * and no trip back to the id's first place in the file (a cache miss per entry, measured to be most
 * of a read before); a longer id's key is a hash, and its bytes are compared with a compact copy.
 */
final class AsciiIds {
  private static final int SHORT = 7;

  /** Per id: where its bytes are in {@link #bytes}, and how many. */
  private int[] start = new int[1024];
  private int[] length = new int[1024];
  /** The ids' bytes, one after another. */
  private byte[] bytes = new byte[8192];
  private int used;
  private String[] strings;
  /** Two longs a slot: the key, then the id + 1 (0 for a free slot); at most half the slots used. */
  private long[] table = new long[2 * 2048];
  /** 64 minus the table's bits: a slot is the top bits of the key times the golden ratio. */
  private int shift = 64 - 11;
  private int size;

  AsciiIds() {}

  /** The number of distinct ids seen. */
  int size() {
    return size;
  }

  /** The dense number of the id {@code text[from, to)}, a new one for an id not seen before. */
  int intern(byte[] text, int from, int to) {
    return intern(key(text, from, to), text, from, to - from);
  }

  /** Keys of a batch, their slots and what the table held there when looked at; see {@link #internAll}. */
  private long[] batchKey = new long[64];
  private int[] batchSlot = new int[64];
  private long[] batchSeen = new long[64];

  /**
   * Interns the ids {@code text[from[i], to[i])} for {@code first <= i < n} and adds their numbers to {@code
   * into}, in order. The same as {@link #intern} one by one, but in three passes, so that the
   * table's cache lines for the whole batch are requested before the first is needed: with a
   * million ids the table is far larger than the caches, every lookup misses, and the processor
   * fetches independent misses in parallel (measured: a read of a 1,000,000-applicant market spent
   * most of its time waiting on these lookups one at a time).
   */
  void internAll(byte[] text, int[] from, int[] to, int first, int n, IntList into) {
    if (batchKey.length < n) {
      batchKey = new long[n];
      batchSlot = new int[n];
      batchSeen = new long[n];
    }
    for (int i = first; i < n; i++) {
      long key = key(text, from[i], to[i]);
      batchKey[i] = key;
      batchSlot[i] = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
    long[] slots = table;
    for (int i = first; i < n; i++) {
      batchSeen[i] = slots[2 * batchSlot[i]]; // independent loads: their misses overlap
    }
    for (int i = first; i < n; i++) {
      into.add(intern(batchKey[i], text, from[i], to[i] - from[i]));
    }
  }

  private static long key(byte[] text, int from, int to) {
    int len = to - from;
    long key = 0;
    if (len <= SHORT) {
      for (int i = from; i < to; i++) {
        key = (key << 8) | (text[i] & 0xff);
      }
      return key | (long) len << 56;
    }
    for (int i = from; i < to; i++) {
      key = 31 * key + text[i];
    }
    return key | 0xffL << 56; // never the key of a short id, whose top byte is its length
  }

  private int intern(long key, byte[] text, int from, int len) {
    int mask = table.length / 2 - 1;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long stored = table[2 * slot + 1];
      if (stored == 0) {
        return add(slot, key, text, from, len);
      }
      if (table[2 * slot] == key && (len <= SHORT || sameBytes((int) stored - 1, text, from, len))) {
        return (int) stored - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean sameBytes(int id, byte[] text, int from, int len) {
    if (length[id] != len) {
      return false;
    }
    int at = start[id];
    for (int i = 0; i < len; i++) {
      if (bytes[at + i] != text[from + i]) {
        return false;
      }
    }
    return true;
  }

  private int add(int slot, long key, byte[] text, int from, int len) {
    if (size == start.length) {
      start = Arrays.copyOf(start, 2 * size);
      length = Arrays.copyOf(length, 2 * size);
    }
    if (used + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, used + len));
    }
    System.arraycopy(text, from, bytes, used, len);
    int id = size++;
    start[id] = used;
    length[id] = len;
    used += len;
    table[2 * slot] = key;
    table[2 * slot + 1] = id + 1;
    if (2 * size > table.length / 2) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    long[] bigger = new long[2 * table.length];
    int mask = bigger.length / 2 - 1;
    shift--;
    for (int s = 0; s < table.length / 2; s++) {
      if (table[2 * s + 1] != 0) {
        long key = table[2 * s];
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (bigger[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[2 * slot] = key;
        bigger[2 * slot + 1] = table[2 * s + 1];
      }
    }
    table = bigger;
  }

  /** The id numbered {@code id} as a string, made on first request and kept. */
  String string(int id) {
    if (strings == null || strings.length < size) {
      strings = strings == null ? new String[size] : Arrays.copyOf(strings, size);
    }
    String s = strings[id];
    if (s == null) {
      s = new String(bytes, start[id], length[id], StandardCharsets.ISO_8859_1); // ASCII: one byte a char
      strings[id] = s;
    }
    return s;
  }
}

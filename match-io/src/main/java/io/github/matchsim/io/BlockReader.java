package io.github.matchsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The input of a quick reader that streams a file in blocks: {@link #text} holds the unread bytes
 * {@code [pos, limit)}, and {@link #refill} moves what must be kept to the front and reads more, so
 * that a file of any size passes through a buffer of about one block.
 */
abstract class BlockReader {
  private InputStream in;
  /** The block, and the reader's place in it. */
  byte[] text;
  int pos;
  int limit;
  private boolean ended;
  /** Run before the block moves: positions into it (ids not yet interned) are about to go stale. */
  Runnable beforeMove = () -> { };

  BlockReader(int blockSize) {
    this.text = new byte[Math.max(2, blockSize)];
  }

  /** Closes the input being read, if any. */
  void close() throws IOException {
    if (in != null) {
      in.close();
      in = null;
    }
  }

  /** Reads from {@code in} from now on, from its start. */
  void start(InputStream input) {
    this.in = input;
    pos = 0;
    limit = 0;
    ended = false;
  }

  /**
   * Keeps {@code text[keep, limit)}, moved to the start ({@link #pos} moves with it), and reads
   * more; false at the end of the input. The block doubles when what is kept fills half of it.
   */
  boolean refill(int keep) throws IOException {
    if (ended) {
      return false;
    }
    beforeMove.run();
    int kept = limit - keep;
    if (kept >= text.length / 2) {
      text = Arrays.copyOf(text, 2 * text.length);
    }
    System.arraycopy(text, keep, text, 0, kept);
    pos -= keep;
    limit = kept;
    while (true) {
      int read = in.read(text, limit, text.length - limit);
      if (read < 0) {
        ended = true;
        return false;
      }
      if (read > 0) {
        limit += read;
        return true;
      }
    }
  }
}

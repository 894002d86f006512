package io.github.matchsim.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes bytes through and fails at the first that is not well-formed UTF-8 (RFC 3629): a stray
 * continuation byte, a truncated sequence, an overlong form, a surrogate or a code point past
 * U+10FFFF. Java's decoders would otherwise put U+FFFD in its place, and two different ids could
 * become one. The exception names the line and column (in characters) of the bad byte.
 *
 * <p>A stream that starts like UTF-16 or UTF-32 (a byte-order mark, or a zero byte among its first
 * two) is passed through unchecked, for a reader that detects those encodings itself.
 */
final class StrictUtf8InputStream extends FilterInputStream {
  /** The first bad byte of a stream, and where it is. */
  static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    MalformedUtf8Exception(long line, long column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The place, as readers write it. */
    String place() {
      return "line " + line + ", column " + column;
    }
  }

  private final byte[] one = new byte[1];
  private boolean sniffed;
  private boolean unchecked;
  private long line = 1;
  private long column;
  /** Continuation bytes still expected, and the bounds of the next one. */
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  private int lead;

  StrictUtf8InputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      if (pending > 0 && !unchecked) {
        throw bad("the file ends inside a multi-byte character that starts with byte " + hex(lead));
      }
      return n;
    }
    if (!sniffed && n > 0) {
      sniffed = true;
      unchecked = looksWide(buffer, offset, n);
    }
    if (!unchecked) {
      check(buffer, offset, n);
    }
    return n;
  }

  private static boolean looksWide(byte[] b, int offset, int n) {
    int b0 = b[offset] & 0xFF;
    int b1 = n > 1 ? b[offset + 1] & 0xFF : -1;
    return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0;
  }

  private void check(byte[] buffer, int offset, int n) throws MalformedUtf8Exception {
    int end = offset + n;
    int i = offset;
    while (i < end) {
      if (pending == 0) {
        i = skipAscii(buffer, i, end);
        if (i == end) {
          return;
        }
      }
      int b = buffer[i++] & 0xFF;
      if (pending > 0) {
        if (b < low || b > high) {
          throw bad("byte " + hex(b) + " cannot follow " + hex(lead) + (b < 0x80 || b > 0xBF ? ""
              : " (an overlong form, a surrogate or a code point past U+10FFFF)"));
        }
        low = 0x80;
        high = 0xBF;
        pending--;
      } else if (b < 0x80) {
        if (b == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      } else {
        column++;
        lead = b;
        if (b >= 0xC2 && b <= 0xDF) {
          pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          pending = 2;
          low = b == 0xE0 ? 0xA0 : 0x80;
          high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          pending = 3;
          low = b == 0xF0 ? 0x90 : 0x80;
          high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          throw bad("byte " + hex(b) + (b >= 0x80 && b <= 0xBF ? " continues no character"
              : " never starts a character (an overlong form or a code point past U+10FFFF)"));
        }
      }
    }
  }

  private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /**
   * Passes over ASCII eight bytes at a time, counting lines and columns, and returns where the
   * first word with a byte of 0x80 or more starts (or where fewer than eight bytes are left). Most
   * of every file is ASCII, and a byte at a time cost a cold JVM about 0.1 s on a 20 MB market.
   */
  private int skipAscii(byte[] buffer, int i, int end) {
    while (i + Long.BYTES <= end) {
      long word = (long) WORD.get(buffer, i);
      if ((word & HIGH_BITS) != 0) {
        return i;
      }
      long x = word ^ NEWLINES; // a zero byte where there was a newline
      long newlines = ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS); // the high bit of each such byte
      if (newlines == 0) {
        column += Long.BYTES;
      } else {
        line += Long.bitCount(newlines);
        column = Long.BYTES - 1 - ((Long.SIZE - 1 - Long.numberOfLeadingZeros(newlines)) >>> 3);
      }
      i += Long.BYTES;
    }
    return i;
  }

  private MalformedUtf8Exception bad(String what) {
    return new MalformedUtf8Exception(line, Math.max(column, 1), "invalid UTF-8: " + what);
  }

  private static String hex(int b) {
    return String.format("0x%02X", b);
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would escape the check: read them instead.
    byte[] sink = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int k = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (k < 0) {
        break;
      }
      skipped += k;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}

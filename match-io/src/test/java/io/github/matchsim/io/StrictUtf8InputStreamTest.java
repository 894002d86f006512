package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict UTF-8 check against a plain count: random text (ASCII runs, line breaks, characters
 * of two, three and four bytes) with one bad byte at a random place is refused at the line and
 * column a person would count, whatever the chunk sizes it is read in; the same text without the
 * bad byte passes through unchanged.
 */
class StrictUtf8InputStreamTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static final String[] PIECES = {"a", "b", "Z", " ", ",", "\n", "é", "ß", "€", "中", "😀", "abcdefghijklmnop"};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aBadByteIsFoundWhereAPersonWouldCountIt(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(200);
    for (int k = 0; k < pieces; k++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(good, readAll(good, random));

    long line = 1 + text.chars().filter(c -> c == '\n').count();
    int lastBreak = text.lastIndexOf("\n");
    long column = text.codePointCount(lastBreak + 1, text.length()) + 1;
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) (random.nextBoolean() ? 0xFF : 0x80);
    StrictUtf8InputStream.MalformedUtf8Exception e =
        assertThrows(StrictUtf8InputStream.MalformedUtf8Exception.class, () -> readAll(bad, random));
    assertEquals("line " + line + ", column " + column, e.place());
  }

  private static byte[] readAll(byte[] data, SplittableRandom random) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(data))) {
      byte[] buffer = new byte[64];
      for (int n; (n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }
}

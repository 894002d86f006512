package io.github.matchsim.io;

/** Whole numbers as the text formats write them: ASCII digits only, an optional minus sign. */
final class Numbers {
  private Numbers() {}

  /**
   * The number {@code text} spells, or null when it is not one: Java's own parsers also take digits
   * of other scripts (Arabic-Indic, Devanagari, full-width) and a plus sign, which no format allows.
   *
   * @throws ArithmeticException when it is a whole number out of the int range
   */
  static Integer parseInt(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start) {
      return null;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > Integer.MAX_VALUE + 1L) {
        throw new ArithmeticException(text + " is out of range (at most " + Integer.MAX_VALUE + ")");
      }
    }
    value = start == 1 ? -value : value;
    if (value > Integer.MAX_VALUE) {
      throw new ArithmeticException(text + " is out of range (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) value;
  }

  /**
   * The number that the ASCII digits {@code text[from, to)} spell, at most nine of them (so that it
   * cannot overflow); -1 for anything else, a sign included, which the quick readers leave to the
   * careful ones.
   */
  static int digits(byte[] text, int from, int to) {
    if (to == from || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = 10 * value + digit;
    }
    return value;
  }
}

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
}

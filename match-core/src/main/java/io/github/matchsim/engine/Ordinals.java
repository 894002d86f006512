package io.github.matchsim.engine;

/** English ordinals for the sentences the library writes ("1st", "22nd", "113th"). */
public final class Ordinals {
  private Ordinals() {}

  /** {@code n} with its English ordinal suffix. */
  public static String of(int n) {
    int lastTwo = Math.abs(n) % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (Math.abs(n) % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}

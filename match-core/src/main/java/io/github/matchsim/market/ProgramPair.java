package io.github.matchsim.market;

/**
 * One entry of a couple's rank order list: member 1 at {@code first} and member 2 at {@code
 * second}. Either side (not both) may be null, meaning that member goes unmatched.
 *
 * @param first program id for member 1, or null for no match
 * @param second program id for member 2, or null for no match
 */
public record ProgramPair(String first, String second) {

  /** The program on the side of member {@code member} (0 or 1), or null for no match. */
  public String side(int member) {
    if (member == 0) {
      return first;
    }
    if (member == 1) {
      return second;
    }
    throw new IllegalArgumentException("member must be 0 or 1, not " + member);
  }

  @Override
  public String toString() {
    return "(" + (first == null ? "no match" : first) + ", " + (second == null ? "no match" : second) + ")";
  }
}

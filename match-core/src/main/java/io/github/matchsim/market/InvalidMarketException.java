package io.github.matchsim.market;

import java.util.List;

/**
 * Thrown when a market breaks the rules of {@code docs/formats.md}. It carries every problem found, not
 * just the first, each with its place in the market.
 */
public final class InvalidMarketException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 20;

  private final transient List<MarketProblem> problems;

  public InvalidMarketException(List<MarketProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the market's lists. */
  public List<MarketProblem> problems() {
    return problems;
  }

  private static String message(List<MarketProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid market has at least one problem");
    }
    StringBuilder text = new StringBuilder();
    text.append("invalid market: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(problems.get(i));
    }
    if (shown < problems.size()) {
      text.append("\n  ... and ").append(problems.size() - shown).append(" more");
    }
    return text.toString();
  }
}

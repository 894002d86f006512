package io.github.matchsim.market;

import java.util.Objects;

/**
 * One problem found in a market: where it is and what is wrong.
 *
 * @param path the place in the market, in JSON path form without the leading {@code $.}, such as
 *     {@code programs[3].rankOrderList[7]}; file readers map it to their own places
 * @param message what is wrong, naming the ids involved
 */
public record MarketProblem(String path, String message) {
  public MarketProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}

package io.github.matchsim.io;

import io.github.matchsim.market.MarketProblem;
import java.util.Objects;

/**
 * One problem in an input file.
 *
 * @param file the file's name as given
 * @param place where in the file: a JSON path such as {@code $.programs[3].rankOrderList[7]},
 *     with the line and column where known
 * @param message what is wrong; long words (huge ids) are cut to a prefix, see {@link
 *     MarketProblem#shorten}
 */
public record FileProblem(String file, String place, String message) {
  public FileProblem {
    file = MarketProblem.shorten(Objects.requireNonNull(file, "file"));
    Objects.requireNonNull(place, "place");
    message = MarketProblem.shorten(Objects.requireNonNull(message, "message"));
  }

  @Override
  public String toString() {
    return file + ": " + place + ": " + message;
  }
}

package io.github.matchsim.market;

import java.util.Objects;

/**
 * One problem found in a market: where it is and what is wrong.
 *
 * <p>Messages quote ids and values, which can be of any length: a message keeps a short prefix of
 * each very long word (see {@link #shorten}), so that a 1 MiB id gives a readable line, not a
 * megabyte of text.
 *
 * @param path the place in the market, in JSON path form without the leading {@code $.}, such as
 *     {@code programs[3].rankOrderList[7]}; file readers map it to their own places
 * @param message what is wrong, naming the ids involved
 */
public record MarketProblem(String path, String message) {
  /** Words (runs without white space or quotes) longer than this are cut to a prefix. */
  static final int LONGEST_WORD = 80;
  /** Characters kept of a word that is cut. */
  static final int PREFIX = 32;
  /** Messages longer than this, after cutting words, are cut at the end. */
  static final int LONGEST_MESSAGE = 2_000;

  public MarketProblem {
    Objects.requireNonNull(path, "path");
    message = shorten(Objects.requireNonNull(message, "message"));
  }

  /**
   * A message with every word longer than 80 characters (a run without white space or quotes, such
   * as an id) cut to its first 32 characters and "…(N characters)", and the whole cut to 2,000
   * characters. Every problem type of the project passes its messages through here.
   */
  public static String shorten(String message) {
    if (message.length() <= LONGEST_WORD) {
      return message;
    }
    StringBuilder text = new StringBuilder();
    int n = message.length();
    int i = 0;
    while (i < n && text.length() <= LONGEST_MESSAGE) {
      int end = i;
      while (end < n && !isBreak(message.charAt(end))) {
        end++;
      }
      if (end == i) {
        text.append(message.charAt(i++));
        continue;
      }
      if (end - i > LONGEST_WORD) {
        int cut = i + PREFIX;
        if (Character.isHighSurrogate(message.charAt(cut - 1))) {
          cut--;
        }
        text.append(message, i, cut).append("…(").append(end - i).append(" characters)");
      } else {
        text.append(message, i, end);
      }
      i = end;
    }
    if (text.length() > LONGEST_MESSAGE || i < n) {
      int cut = Math.min(text.length(), LONGEST_MESSAGE);
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text.setLength(cut);
      text.append("…(message cut)");
    }
    return text.toString();
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'';
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}

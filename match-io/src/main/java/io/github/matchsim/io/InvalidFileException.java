package io.github.matchsim.io;

import java.util.List;

/**
 * Thrown when an input file cannot be read as what it should be. It carries every problem found,
 * each naming the file, the place and the problem; its message lists them for people.
 */
public final class InvalidFileException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 20;

  private final transient List<FileProblem> problems;

  public InvalidFileException(List<FileProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<FileProblem> problems() {
    return problems;
  }

  private static String message(List<FileProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
    StringBuilder text = new StringBuilder();
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : "\n").append(problems.get(i));
    }
    if (shown < problems.size()) {
      text.append("\n... and ").append(problems.size() - shown).append(" more problems");
    }
    return text.toString();
  }
}

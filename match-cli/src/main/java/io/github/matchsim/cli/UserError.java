package io.github.matchsim.cli;

/** A mistake of the user's (bad input, missing file): printed as one message, exit code 2, no stack trace. */
public final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}

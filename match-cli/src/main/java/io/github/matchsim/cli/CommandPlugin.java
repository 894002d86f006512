package io.github.matchsim.cli;

/**
 * A subcommand of {@code match} that another module brings, found with {@link
 * java.util.ServiceLoader} on the class path: the simulator's {@code simulate}, so that {@code
 * match run} and {@code check} need neither the studies nor their charting libraries, and the
 * command line depends on no module that builds on it.
 *
 * <p>An implementation is listed in {@code META-INF/services/io.github.matchsim.cli.CommandPlugin}
 * and returns a picocli command object (annotated with {@code @Command}); its failures follow
 * {@link MatchCommand}'s rules: a {@link UserError} for the user's mistakes (exit 2), anything else
 * an internal failure (exit 3). Its outputs should go through {@link Outputs}, which writes them
 * whole or not at all, and its progress through {@link Progress}.
 */
public interface CommandPlugin {

  /** A new instance of the subcommand, annotated with picocli's {@code @Command}. */
  Object command();
}

package io.github.matchsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code match} command.
 *
 * <p>Exit codes: 0 success; 1 a negative answer (the matching is not stable); 2 bad input or
 * usage. A user's mistake prints one message naming the file, the place and the problem, never a
 * stack trace ({@code --verbose} adds one for internal errors).
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    versionProvider = MatchCommand.Version.class,
    description = "Residency matches: run the NRMP's Roth–Peranson algorithm, check stability, generate markets, simulate.",
    subcommands = {RunCommand.class, CheckCommand.class, GenerateCommand.class, ConvertCommand.class, SimulateCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a negative answer (the matching is not stable)", "2:bad input or usage",
        "3:internal error"})
public final class MatchCommand implements Runnable {
  /** Exit code of a negative answer. */
  static final int NOT_STABLE = 1;
  /** Exit code of bad input or usage. */
  static final int BAD_INPUT = 2;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns its exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    MatchCommand top = new MatchCommand();
    CommandLine line = new CommandLine(top);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserError) {
        commandLine.getErr().println("match: " + e.getMessage());
        return BAD_INPUT;
      }
      commandLine.getErr().println("match: internal error: " + e);
      if (top.verbose) {
        e.printStackTrace(commandLine.getErr());
      } else {
        commandLine.getErr().println("(run again with --verbose for the stack trace, and please report it)");
      }
      return 3;
    });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = MatchCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"match (MatchSim) " + properties.getProperty("version", "unknown")};
    }
  }
}

package io.github.matchsim.cli;

import io.github.matchsim.market.MarketProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code match} command.
 *
 * <p>Exit codes: 0 success; 1 a negative answer (the matching is not stable); 2 bad input or
 * usage, a file that cannot be read or written, standard output included; 3 an internal failure,
 * out of memory and stack overflow included. Every failure prints one message; a user's mistake
 * names the file, the place and the problem and never prints a stack trace ({@code --verbose} adds
 * one for internal failures).
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    versionProvider = MatchCommand.Version.class,
    description = "Residency matches: run the NRMP's Roth–Peranson algorithm, check stability, generate markets, simulate.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a negative answer (the matching is not stable)", "2:bad input or usage",
        "3:internal error"})
public final class MatchCommand implements Callable<Integer> {
  /** Exit code of a negative answer. */
  static final int NOT_STABLE = 1;
  /** Exit code of bad input or usage. */
  static final int BAD_INPUT = 2;
  /** Exit code of an internal failure. */
  static final int INTERNAL = 3;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** {@code match} alone: what it can do, and the usage exit code, since nothing was done. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("match: give a command, such as: match run --market market.json");
    err.println();
    spec.commandLine().usage(err);
    return BAD_INPUT;
  }

  /**
   * The built-in subcommands by name, in the order help lists them. A command line builds only the
   * one it is given (measured: reading all of them by reflection cost a cold JVM about 60 ms more
   * than reading one).
   */
  private static final Map<String, Supplier<Object>> BUILT_IN = builtIn();

  private static Map<String, Supplier<Object>> builtIn() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("run", RunCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("explain", ExplainCommand::new);
    commands.put("soap", SoapCommand::new);
    commands.put("generate", GenerateCommand::new);
    commands.put("convert", ConvertCommand::new);
    return commands;
  }

  public static void main(String[] args) {
    Progress.enabled = Progress.stderrIsTerminal();
    System.exit(execute(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    MatchCommand top = new MatchCommand();
    int code;
    try {
      CommandLine line = new CommandLine(top);
      Supplier<Object> asked = args.length == 0 ? null : BUILT_IN.get(args[0]);
      if (asked != null) {
        line.addSubcommand(asked.get()); // only the command asked for: picocli reads each by reflection, slowly
      } else { // help, a plugin's command or a mistake: all of them, to list, run or suggest
        BUILT_IN.values().forEach(command -> line.addSubcommand(command.get()));
        for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class)) {
          line.addSubcommand(plugin.command()); // simulate, when the simulator is on the class path
        }
        line.addSubcommand(new CommandLine.HelpCommand());
      }
      line.setOut(out);
      line.setErr(err);
      line.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, top.verbose, commandLine.getErr()));
      line.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments));
      code = line.execute(args);
    } catch (Throwable e) { // errors (out of memory, stack overflow) pass picocli's handler by
      code = fail(e, top.verbose, err);
    }
    out.flush();
    if (out.checkError()) {
      err.println("match: cannot write to standard output (is the disk full, or the pipe closed?)");
      code = Math.max(code, BAD_INPUT);
    }
    err.flush();
    return code;
  }

  /**
   * A mistake on the command line: the message, a suggestion for every option or command that is
   * not known but close to one that is, and where to find the rest; not the whole usage text.
   */
  static int usageError(CommandLine.ParameterException e, String[] arguments) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("match: " + MarketProblem.shorten(String.valueOf(e.getMessage())));
    for (String argument : arguments) {
      if (!argument.startsWith("-") || argument.equals("-") || argument.equals("--")
          || argument.matches("-[0-9.].*")) { // a value such as -1, not an option
        continue;
      }
      String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      if (command.getCommandSpec().findOption(name) == null) {
        Suggestions.closest(name, command.getCommandSpec().optionsMap().keySet())
            .ifPresent(known -> err.println("match: unknown option '" + name + "'; did you mean " + known + "?"));
      }
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && command.getSubcommands().size() > 0) {
      for (String word : unmatched.getUnmatched()) {
        Suggestions.closest(word, command.getSubcommands().keySet())
            .ifPresent(known -> err.println("match: unknown command '" + word + "'; did you mean " + known + "?"));
      }
    }
    err.println("(" + command.getCommandSpec().qualifiedName() + " --help lists the options)");
    return BAD_INPUT;
  }

  /** One message for a failure, and its exit code. */
  static int fail(Throwable e, boolean verbose, PrintWriter err) {
    if (e instanceof UserError) {
      err.println("match: " + MarketProblem.shorten(e.getMessage()));
      return BAD_INPUT;
    }
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof VirtualMachineError)) {
      cause = cause.getCause();
    }
    if (cause instanceof OutOfMemoryError) {
      err.println("match: out of memory: the input needs more than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB of heap this run had; give more, e.g. MATCH_JAVA_OPTS=-Xmx8g ./match ... (java -Xmx8g -jar match.jar ...)");
    } else if (cause instanceof StackOverflowError) {
      err.println("match: internal error: the call stack overflowed; please report it with the input"
          + " (running with MATCH_JAVA_OPTS=-Xss64m may get past it)");
    } else {
      err.println("match: internal error: " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("(run again with --verbose for the stack trace, and please report it)");
    }
    return INTERNAL;
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

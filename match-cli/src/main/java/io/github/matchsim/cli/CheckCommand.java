package io.github.matchsim.cli;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match check}: is a result stable for its market? */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a result against its market and prints every blocking coalition.",
        "Exit code 0 when the matching is stable, 1 when it is not, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Option(names = "--market", required = true, paramLabel = "PATH",
      description = "The market: a JSON file (market/1) or a folder in the CSV layout.")
  Path market;

  @Option(names = "--result", required = true, paramLabel = "FILE",
      description = "The result: JSON (result/1), or a Stable Matching Suite matching (.sms or .txt).")
  Path result;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A Stable Matching Suite matching: primary positions only, every program's positions as given. */
  private static Matching fromSms(CompiledMarket compiled, java.util.Map<String, String> assigned) {
    int[] primary = new int[compiled.applicantCount()];
    java.util.Arrays.fill(primary, CompiledMarket.NO_PROGRAM);
    assigned.forEach((applicant, program) -> {
      int a = compiled.market().applicantIndex(applicant);
      int p = compiled.market().programIndex(program);
      if (a < 0 || p < 0) {
        throw new IllegalArgumentException("the matching names " + (a < 0 ? "resident " + applicant
            : "program " + program) + ", which the market does not have");
      }
      primary[a] = p;
    });
    return Matching.ofPrimary(compiled, primary);
  }

  @Override
  public Integer call() throws UserError {
    CompiledMarket compiled = Files2.readMarket(market).compile();
    Matching matching;
    try {
      matching = Files2.isSms(result) ? fromSms(compiled, Files2.readSmsMatching(result))
          : Files2.readResult(result).toMatching(compiled);
    } catch (IllegalArgumentException e) {
      throw new UserError(result + ": " + e.getMessage() + " (" + market + ")");
    }
    StabilityReport report = StabilityChecker.check(matching);
    PrintWriter out = spec.commandLine().getOut();
    for (BlockingCoalition coalition : report.blocking()) {
      out.println(coalition);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(report.isStable() ? "stable" : "not stable: " + report.blocking().size()
        + " blocking coalitions " + report.countByKind());
    return report.isStable() ? 0 : MatchCommand.NOT_STABLE;
  }
}

package io.github.matchsim.cli;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import io.github.matchsim.stability.StabilityReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match check}: is a result stable for its market? */
@Command(name = "check", mixinStandardHelpOptions = true, header = "Check a result against its market; list every blocking coalition.",
    description = {"Checks a result against its market and prints every blocking coalition.",
        "Only the result's assignments are trusted: positions come from the market and its reversions,",
        "and every applicant must appear exactly once.",
        "Exit code 0 when the matching is stable, 1 when it is not, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Mixin
  MarketAndResult inputs;

  @Option(names = "--stability", paramLabel = "DEFINITION", defaultValue = "biro-manlove-mcbride",
      converter = DefinitionConverter.class,
      description = {"How couples are judged: biro-manlove-mcbride (default, this project's: a partner's vacated seat is free)",
          "or stable-matching-suite (seats as held, as the suite's matchvf checks; to compare with its results)."})
  StabilityDefinition stability;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    PrintWriter err = spec.commandLine().getErr();
    StabilityReport report;
    try (Progress progress = Progress.start(err, "reading " + inputs.market)) {
      Matching matching = inputs.read(err, progress);
      CompiledMarket compiled = matching.market();
      progress.step("checking");
      report = StabilityChecker.check(matching, stability);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (BlockingCoalition coalition : report.blocking()) {
      out.println(coalition);
    }
    String by = stability == StabilityDefinition.BIRO_MANLOVE_MCBRIDE ? "" : " (couples judged as the Stable Matching Suite's verifier judges them)";
    err.println((report.isStable() ? "stable" : "not stable: " + report.blocking().size()
        + " blocking coalitions " + report.countByKind()) + by);
    return report.isStable() ? 0 : MatchCommand.NOT_STABLE;
  }

  /** The definition by its name in lower case with hyphens, such as {@code stable-matching-suite}. */
  static final class DefinitionConverter implements CommandLine.ITypeConverter<StabilityDefinition> {
    @Override
    public StabilityDefinition convert(String value) {
      for (StabilityDefinition definition : StabilityDefinition.values()) {
        if (definition.name().replace('_', '-').equalsIgnoreCase(value.strip())) {
          return definition;
        }
      }
      throw new CommandLine.TypeConversionException("unknown definition '" + value
          + "'; give biro-manlove-mcbride or stable-matching-suite");
    }
  }
}

package io.github.matchsim.cli;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.io.MarketJsonWriter;
import io.github.matchsim.market.Market;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match generate}: writes a random market from the project's generators. */
@Command(name = "generate", mixinStandardHelpOptions = true, header = "Write a seeded random market.",
    description = "Writes a seeded random market (JSON, market/1); the same options and seed give the same market.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--applicants", defaultValue = "1000", description = "Applicants, couple members included (default 1000).")
  int applicants;

  @Option(names = "--programs", defaultValue = "-1", description = "Programs (default: 6,600 per 50,000 applicants).")
  int programs;

  @Option(names = "--couples", defaultValue = "0", description = "Share of applicants in couples, 0 to 1 (default 0).")
  double couples;

  @Option(names = "--advanced", defaultValue = "0", description = "Share of programs that are advanced (default 0).")
  double advanced;

  @Option(names = "--preliminary", defaultValue = "0", description = "Share of programs that are preliminary (default 0).")
  double preliminary;

  @Option(names = "--reversions", defaultValue = "0", description = "Share of programs with a reversion (default 0).")
  double reversions;

  @Option(names = "--specialties", defaultValue = "1", description = "Number of specialties (default 1).")
  int specialties;

  @Option(names = "--list-length", defaultValue = "8..16", paramLabel = "MIN..MAX",
      description = "Programs ranked per applicant, uniform from MIN to MAX (default 8..16).")
  String listLength;

  @Option(names = "--seed", defaultValue = "1", description = "The seed (default 1).")
  long seed;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the market.")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    MarketGenerator.Builder builder = MarketGenerator.builder();
    try {
      builder.applicants(applicants).coupleShare(couples).programTypeShares(advanced, preliminary)
          .reversionShare(reversions).specialties(specialties).listLength(range(listLength));
      if (programs >= 0) {
        builder.programs(programs);
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Outputs outputs = new Outputs();
    outputs.checkFile("--output", output);
    try (Progress progress = Progress.start(spec.commandLine().getErr(), "generating " + applicants + " applicants")) {
      Market market;
      try {
        market = builder.build().generate(seed);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new UserError("these options cannot make a market: " + e.getMessage());
      }
      progress.step("writing " + output);
      outputs.writeFile("--output", output, out -> MarketJsonWriter.write(market, out));
    }
    return 0;
  }

  private static IntDistribution range(String text) throws UserError {
    String[] parts = text.split("\\.\\.");
    try {
      if (parts.length == 1) {
        return IntDistribution.constant(Integer.parseInt(parts[0].trim()));
      }
      if (parts.length == 2) {
        return IntDistribution.uniform(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserError("--list-length takes N or MIN..MAX, not '" + text + "'");
  }
}

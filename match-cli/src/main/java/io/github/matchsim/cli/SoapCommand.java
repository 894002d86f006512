package io.github.matchsim.cli;

import io.github.matchsim.algorithm.Soap;
import io.github.matchsim.algorithm.SoapApplications;
import io.github.matchsim.algorithm.SoapResult;
import io.github.matchsim.io.SoapCsvWriter;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match soap}: the Supplemental Offer and Acceptance Program after a main match. */
@Command(name = "soap", mixinStandardHelpOptions = true,
    header = "Run SOAP after a match: unfilled positions offered in rounds to unmatched applicants.",
    description = {"Offers the positions a result left unfilled, in rounds, to the applicants it left unmatched",
        "(and to those holding an advanced position without a PGY-1 year, for PGY-1 years). A market file says",
        "nothing about SOAP, so applications follow a stated rule: each applicant applies first to the unfilled",
        "programs on its own lists, in its order, then to others in an order drawn from --seed, up to",
        "--applications; programs prefer applicants they ranked, then the others in a drawn order.",
        "Writes every offer as CSV (round,program,applicant,accepted) to --output or standard output, and a summary",
        "to standard error. Exit code 0, or 2 on bad input."})
final class SoapCommand implements Callable<Integer> {
  @CommandLine.Mixin
  MarketAndResult inputs;

  @Option(names = "--rounds", defaultValue = "4", description = "Rounds of offers (default 4, as NRMP runs).")
  int rounds;

  @Option(names = "--applications", defaultValue = "45", description = "Programs each applicant applies to, at most (default 45, NRMP's limit).")
  int applications;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the drawn orders (default 1).")
  long seed;

  @Option(names = "--output", paramLabel = "FILE", description = "Where to write the offers (default: standard output).")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    PrintWriter err = spec.commandLine().getErr();
    Outputs outputs = new Outputs(inputs.market);
    if (output != null) {
      outputs.checkFile("--output", output);
    }
    Soap soap;
    try {
      soap = Soap.builder().rounds(rounds).applications(applications).build();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    SoapResult outcome;
    Market read;
    try (Progress progress = Progress.start(err, "reading " + inputs.market)) {
      Matching matching = inputs.read(err, progress);
      read = matching.market().market();
      progress.step("SOAP");
      outcome = soap.run(matching, SoapApplications.fromMainMatch(matching, applications, seed));
    }
    Outputs.FileBody body = out -> SoapCsvWriter.write(outcome, out);
    try {
      if (output == null) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.write(bytes);
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
      } else {
        outputs.writeFile("--output", output, body);
      }
    } catch (IOException e) {
      throw new UserError("cannot write the offers: " + Outputs.reason(e));
    }
    summarize(outcome, read, err);
    return 0;
  }

  private static void summarize(SoapResult outcome, Market market, PrintWriter err) {
    err.printf(Locale.ROOT, "SOAP: %,d unfilled positions, %,d applicants applied; %,d positions filled%n",
        outcome.vacancies(), outcome.applicants(), outcome.filled());
    for (SoapResult.Round round : outcome.rounds()) {
      err.printf(Locale.ROOT, "  round %d: %,d offers, %,d accepted, %,d %s left%n", round.round(),
          round.offers(), round.accepted(), round.vacanciesLeft(), round.vacanciesLeft() == 1 ? "position" : "positions");
    }
    Map<String, Integer> byGroup = new TreeMap<>();
    for (SoapResult.Placement p : outcome.placements()) {
      String group = market.applicant(p.applicant()).map(Applicant::group).orElse(null);
      byGroup.merge(group == null ? "(no group)" : group, 1, Integer::sum);
    }
    byGroup.forEach((group, n) -> err.printf(Locale.ROOT, "  placed %-12s %,d%n", group, n));
  }
}

package io.github.matchsim.cli;

import io.github.matchsim.algorithm.CoupleOrder;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.MatchingAlgorithm;
import io.github.matchsim.algorithm.MatchingAlgorithms;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.exact.Portfolio;
import java.time.Duration;
import io.github.matchsim.io.ResultDocument;
import io.github.matchsim.io.ResultJsonWriter;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.io.ResultCsvWriter;
import io.github.matchsim.io.SmsFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match run}: matches a market and writes the result. */
@Command(name = "run", mixinStandardHelpOptions = true, header = "Match a market; write the result and a summary.",
    description = {"Matches a market and writes the result (JSON) to --output or standard output;",
        "a short summary goes to standard error. Exit code 0 when the result is STABLE, 1 when not."})
final class RunCommand implements Callable<Integer> {

  @Option(names = "--market", required = true, paramLabel = "PATH",
      description = "The market: a JSON file (market/1), a folder in the CSV layout, or a Stable Matching Suite instance (.sms or .txt).")
  Path market;

  @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = RothPeransonMatching.NAME,
      converter = AlgorithmConverter.class,
      description = "roth-peranson (default), applicant-proposing or program-proposing.")
  MatchingAlgorithm algorithm;

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "couples-last", converter = OrderConverter.class,
      description = "When couples enter (Roth–Peranson): couples-last (default), couples-first, interleaved.")
  CoupleOrder order;

  @Option(names = "--seed", defaultValue = "0", description = "Seed of reshuffled couple orders for --retries (default 0).")
  long seed;

  @Option(names = "--retries", defaultValue = "0", description = "Retries with couples reshuffled when not stable (default 0).")
  int retries;

  @Option(names = "--output", paramLabel = "FILE", description = "Where to write the result (default: standard output).")
  Path output;

  @Option(names = "--exact-fallback", paramLabel = "SECONDS",
      description = {"When Roth–Peranson does not end stable, search exactly for up to SECONDS: the result is then a",
          "stable matching, a proof that none exists (status NO_STABLE_MATCHING, with the matching of fewest",
          "blocking coalitions found), or, out of time, the best matching seen. Off by default."})
  Integer exactFallbackSeconds;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = {"json (result/1, default), csv (a row per applicant, for spreadsheets)",
          "or sms (the Stable Matching Suite's matching format)."})
  String format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    long start = System.nanoTime();
    Outputs outputs = new Outputs(market);
    if (!List.of("json", "csv", "sms").contains(format)) {
      throw new UserError("--format takes json, csv or sms, not '" + format + "'");
    }
    if (output != null) {
      outputs.checkFile("--output", output);
    }
    MatchingAlgorithm matcher;
    try {
      matcher = algorithmFor();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    if (exactFallbackSeconds != null && (!(matcher instanceof RothPeransonMatching) || exactFallbackSeconds <= 0)) {
      throw new UserError("--exact-fallback takes a positive number of seconds and goes with --algorithm "
          + RothPeransonMatching.NAME + ", not " + exactFallbackSeconds + " s with " + matcher.name());
    }
    String fallback = null;
    MatchResult result;
    try (Progress progress = Progress.start(spec.commandLine().getErr(), "reading " + market)) {
      CompiledMarket compiled = Inputs.readMarket(market).compile();
      progress.step("matching");
      try {
        if (exactFallbackSeconds == null) {
          result = matcher.match(compiled);
        } else {
          Portfolio.Answer answer = Portfolio.builder().rothPeranson((RothPeransonMatching) matcher)
              .kojimaPathakRoth(false).exactTimeLimit(Duration.ofSeconds(exactFallbackSeconds)).build()
              .match(compiled.market());
          fallback = describe(answer);
          result = answer.toResult();
        }
      } catch (IllegalArgumentException e) {
        throw new UserError(market + ": " + e.getMessage());
      }
      progress.step("writing the result");
      Outputs.FileBody body = body(result);
      try {
        if (output == null) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          body.write(bytes);
          spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        } else {
          outputs.writeFile("--output", output, body);
        }
      } catch (IllegalArgumentException e) {
        throw new UserError("cannot write the result as " + format + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UserError("cannot write the result: " + Outputs.reason(e));
      }
    }
    summarize(result, (System.nanoTime() - start) / 1e9, spec.commandLine().getErr());
    if (fallback != null) {
      spec.commandLine().getErr().println(fallback);
    }
    return result.status() == MatchStatus.STABLE ? 0 : MatchCommand.NOT_STABLE;
  }

  private Outputs.FileBody body(MatchResult result) throws UserError {
    return switch (format) {
      case "json" -> out -> ResultJsonWriter.write(ResultDocument.of(result), out);
      case "csv" -> out -> ResultCsvWriter.write(result.matching(), out);
      case "sms" -> out -> SmsFormat.writeMatching(result, out);
      default -> throw new UserError("--format takes json, csv or sms, not '" + format + "'");
    };
  }

  /** A sentence on what the exact fallback found, for the summary. */
  static String describe(Portfolio.Answer answer) {
    MatchResult heuristic = answer.heuristic();
    String alone = heuristic.algorithm() + " alone ended " + heuristic.status()
        + (heuristic.blocking().isEmpty() ? "" : " with " + heuristic.blocking().size() + " blocking coalitions");
    return switch (answer.verdict()) {
      case STABLE -> answer.foundBy() == Portfolio.Step.ROTH_PERANSON
          ? "exact fallback: not needed, " + alone + "."
          : "exact fallback: found a stable matching (" + alone + ").";
      case NO_STABLE_MATCHING -> "exact fallback: proved that this market has no stable matching; the result has "
          + answer.blocking().size() + " blocking coalitions, "
          + (answer.fewestProved() ? "the fewest possible" : "the fewest found within the budget") + " (" + alone + ").";
      case UNKNOWN -> "exact fallback: undecided within its budget; the result is the best matching seen ("
          + answer.blocking().size() + " blocking coalitions; " + alone + ").";
    };
  }

  /** The algorithm chosen, with the couple order, seed and retries for Roth–Peranson. */
  private MatchingAlgorithm algorithmFor() {
    return algorithm instanceof RothPeransonMatching
        ? RothPeransonMatching.builder().coupleOrder(order).seed(seed).retries(retries).build()
        : algorithm;
  }

  /** A short summary for people: status, matched and unmatched by group, positions, time. */
  static void summarize(MatchResult result, double seconds, PrintWriter err) {
    MatchStatistics s = result.statistics();
    err.printf(Locale.ROOT, "%s: %s in %.2f s%s%n", result.algorithm(), result.status(), seconds,
        result.blocking().isEmpty() ? "" : " (" + result.blocking().size() + " blocking coalitions)");
    err.printf(Locale.ROOT, "matched %,d of %,d applicants (%.1f%%)%n", s.matched(), s.applicants(),
        s.applicants() == 0 ? 0.0 : 100.0 * s.matched() / s.applicants());
    for (Map.Entry<String, Integer> group : s.matchedByGroup().entrySet()) {
      int unmatched = s.unmatchedByGroup().get(group.getKey());
      err.printf(Locale.ROOT, "  %-12s matched %,d, unmatched %,d%n", group.getKey(), group.getValue(), unmatched);
    }
    err.printf(Locale.ROOT, "positions %,d, filled %,d, unfilled %,d; partial matches %,d; reverted positions %,d%n",
        s.positions(), s.filledPositions(), s.unfilledPositions(), s.partialMatches(), s.revertedPositions());
  }

  /** Reads algorithm names from the library's registry. */
  static final class AlgorithmConverter implements CommandLine.ITypeConverter<MatchingAlgorithm> {
    @Override
    public MatchingAlgorithm convert(String value) {
      return MatchingAlgorithms.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "unknown algorithm '" + value + "'; expected " + String.join(", ", MatchingAlgorithms.names())));
    }
  }

  /** Reads couple orders by their external names. */
  static final class OrderConverter implements CommandLine.ITypeConverter<CoupleOrder> {
    @Override
    public CoupleOrder convert(String value) {
      try {
        return CoupleOrder.fromExternalName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

package io.github.matchsim.cli;

import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Matching;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --market} and {@code --result} options of the commands that read a result of a market. */
final class MarketAndResult {
  @Option(names = "--market", required = true, paramLabel = "PATH",
      description = "The market: a JSON file (market/1), a folder in the CSV layout, or a Stable Matching Suite instance (.sms or .txt).")
  Path market;

  @Option(names = "--result", required = true, paramLabel = "FILE",
      description = "The result: JSON (result/1), or a Stable Matching Suite matching (.sms or .txt).")
  Path result;

  /** Reads the market and the result, showing the steps; only the result's assignments are trusted. */
  Matching read(PrintWriter err, Progress progress) throws UserError {
    CompiledMarket compiled = Inputs.readMarket(market).compile();
    progress.step("reading " + result);
    return Inputs.readMatching(result, compiled, err::println);
  }
}

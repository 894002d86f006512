package io.github.matchsim.cli;

import io.github.matchsim.io.MarketJsonWriter;
import io.github.matchsim.market.Market;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match convert}: a market from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts a market between JSON (a .json file), the Stable Matching Suite format",
        "(a .sms or .txt file) and the CSV folder layout (any other name: a folder).",
        "The output is written whole or not at all."})
final class ConvertCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "PATH", description = "The market: a .json file or a CSV folder.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "PATH", description = "Where to write: a .json file or a CSV folder.")
  Path to;

  @Override
  public Integer call() throws UserError {
    Market market = Files2.readMarket(from);
    if (to.getFileName().toString().endsWith(".json")) {
      Files2.writeWhole(to, out -> MarketJsonWriter.write(market, out));
    } else if (Files2.isSms(to)) {
      try {
        Files2.writeWhole(to, out -> io.github.matchsim.io.SmsFormat.writeMarket(market, out));
      } catch (IllegalArgumentException e) {
        throw new UserError("cannot write " + to + ": " + e.getMessage());
      }
    } else {
      Files2.writeCsvFolder(to, market);
    }
    return 0;
  }
}

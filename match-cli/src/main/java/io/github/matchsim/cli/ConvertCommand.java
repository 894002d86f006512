package io.github.matchsim.cli;

import io.github.matchsim.io.MarketCsvWriter;
import io.github.matchsim.io.MarketJsonWriter;
import io.github.matchsim.io.SmsFormat;
import io.github.matchsim.market.Market;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match convert}: a market from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true, header = "Convert a market: JSON, CSV folder, Stable Matching Suite text.",
    description = {"Converts a market between JSON (a .json file), the Stable Matching Suite format",
        "(a .sms or .txt file) and the CSV folder layout (any other name: a folder).",
        "The output is written whole or not at all. A folder that already holds other files is refused",
        "unless --force is given, and even then only the layout's files are replaced."})
final class ConvertCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "PATH",
      description = "The market: a .json file, a .sms or .txt file, or a CSV folder.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "PATH",
      description = "Where to write: a .json file, a .sms or .txt file, or a CSV folder.")
  Path to;

  @Option(names = "--force", description = "Write a CSV folder into an existing folder that holds other files.")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    Outputs outputs = new Outputs(from);
    boolean json = Inputs.hasExtension(to, ".json");
    boolean folder = !json && !Inputs.isSms(to);
    if (folder) {
      outputs.checkFolder("--to", to, force, MarketCsvWriter.FILES);
    } else {
      outputs.checkFile("--to", to);
    }
    try (Progress progress = Progress.start(spec.commandLine().getErr(), "reading " + from)) {
      Market market = Inputs.readMarket(from);
      progress.step("writing " + to);
      if (json) {
        outputs.writeFile("--to", to, out -> MarketJsonWriter.write(market, out));
      } else if (!folder) {
        outputs.writeFile("--to", to, out -> SmsFormat.writeMarket(market, out));
      } else {
        outputs.writeFolder("--to", to, force, MarketCsvWriter.FILES, dir -> MarketCsvWriter.write(market, dir));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError("cannot write " + to + ": " + e.getMessage());
    }
    return 0;
  }
}

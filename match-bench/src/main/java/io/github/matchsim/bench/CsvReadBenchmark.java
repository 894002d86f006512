package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketCsvReader;
import io.github.matchsim.io.MarketCsvWriter;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a market's CSV folder; see {@link MarketFileBenchmark}. */
public class CsvReadBenchmark extends MarketFileBenchmark {
  @Override
  Path write(Market market) throws IOException {
    Path folder = Files.createTempDirectory("matchsim-bench-csv-");
    MarketCsvWriter.write(market, folder);
    return folder;
  }

  @Override
  Market read(Path folder) throws IOException, InvalidFileException {
    return MarketCsvReader.read(folder);
  }
}

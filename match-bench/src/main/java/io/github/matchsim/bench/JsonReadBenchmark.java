package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketJsonReader;
import io.github.matchsim.io.MarketJsonWriter;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a market JSON file ({@code market/1}); see {@link MarketFileBenchmark}. */
public class JsonReadBenchmark extends MarketFileBenchmark {
  @Override
  Path write(Market market) throws IOException {
    Path file = Files.createTempFile("matchsim-bench-", ".market.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      MarketJsonWriter.write(market, out);
    }
    return file;
  }

  @Override
  Market read(Path file) throws IOException, InvalidFileException {
    return MarketJsonReader.read(file);
  }
}

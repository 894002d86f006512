package io.github.matchsim.bench;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.SmsFormat;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a Stable Matching Suite instance; see {@link MarketFileBenchmark}. */
public class SmsReadBenchmark extends MarketFileBenchmark {
  @Override
  Path write(Market market) throws IOException {
    Path file = Files.createTempFile("matchsim-bench-", ".sms");
    try (OutputStream out = Files.newOutputStream(file)) {
      SmsFormat.writeMarket(market, out);
    }
    return file;
  }

  @Override
  Market read(Path file) throws IOException, InvalidFileException {
    return SmsFormat.readMarket(file);
  }
}

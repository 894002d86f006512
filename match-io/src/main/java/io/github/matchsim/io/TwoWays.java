package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.InvalidMarketException;
import io.github.matchsim.market.Market;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How every market reader takes its input: the quick way, straight into tables, first; the careful
 * way when the quick one cannot take the input or the market it read breaks a rule, since only the
 * careful way says what is wrong and where.
 */
final class TwoWays {
  private TwoWays() {}

  /** A quick reader: the tables, or null when it cannot take the input. */
  @FunctionalInterface
  interface Quick {
    MarketTables read(InputStream in) throws IOException;
  }

  /** A careful reader: the market, or every problem with its place. */
  @FunctionalInterface
  interface Careful {
    Market read(InputStream in, String file) throws IOException, InvalidFileException;
  }

  /** A file: streamed the quick way, and opened again for the careful way when need be. */
  static Market read(Path file, Quick quick, Careful careful) throws IOException, InvalidFileException {
    Market market;
    try (InputStream in = Files.newInputStream(file)) {
      market = market(quick.read(in));
    }
    if (market != null) {
      return market;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return careful.read(in, file.toString());
    }
  }

  /** A stream: read whole first, so that the careful way can read it again. */
  static Market read(InputStream in, String file, Quick quick, Careful careful)
      throws IOException, InvalidFileException {
    byte[] text = in.readAllBytes();
    Market market = market(quick.read(new ByteArrayInputStream(text)));
    return market != null ? market : careful.read(new ByteArrayInputStream(text), file);
  }

  /** The market of tables read the quick way, or null: none were read, or they break a rule. */
  static Market market(MarketTables tables) {
    if (tables == null) {
      return null;
    }
    try {
      return tables.toMarket();
    } catch (InvalidMarketException e) {
      return null; // the careful way reads it again, for the problems with their places
    }
  }
}

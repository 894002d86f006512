package io.github.matchsim.engine;

import io.github.matchsim.market.Market;
import java.util.Objects;

/**
 * The one door from the engine into {@link Market}'s private constructor over {@link MarketTables}:
 * {@code Market} registers it when its class is initialized, so that a market read from a file can
 * be made from its tables without a public constructor that users would see (the pattern of the
 * JDK's own shared secrets).
 */
public final class MarketAccess {
  /** Makes a market of valid tables; only {@link Market} implements it. */
  @FunctionalInterface
  public interface Factory {
    /** A market over tables that {@link MarketTablesValidator} found valid. */
    Market fromValidTables(MarketTables tables);
  }

  private static volatile Factory factory;

  private MarketAccess() {}

  /** Called once, by {@link Market}'s class initialization. */
  public static void register(Factory market) {
    factory = Objects.requireNonNull(market);
  }

  static Market fromValidTables(MarketTables tables) {
    Factory f = factory;
    if (f == null) {
      try {
        Class.forName(Market.class.getName(), true, Market.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      f = factory;
    }
    return f.fromValidTables(tables);
  }
}

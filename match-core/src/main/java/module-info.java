/**
 * MatchSim's library: markets, the matching algorithms of the NRMP, the stability checker,
 * generators and the experiment runner. Depends on the JDK alone.
 *
 * <p>The API is the six packages exported to everyone. The engine ({@code io.github.matchsim.engine}:
 * compiled arrays and matchings by index) is exported only to the project's own IO, command line
 * and benchmark modules, which read and write it without a trip through ids; users hold a compiled
 * market as the opaque {@code CompiledMarket} and read results through {@code Matching}. The
 * algorithms' own parts (runs, seats, ledgers) are package-private.
 */
module io.github.matchsim.core {
  exports io.github.matchsim.algorithm;
  exports io.github.matchsim.engine to
      io.github.matchsim.io,
      io.github.matchsim.cli,
      io.github.matchsim.bench;
  exports io.github.matchsim.generate;
  exports io.github.matchsim.market;
  exports io.github.matchsim.matching;
  exports io.github.matchsim.simulate;
  exports io.github.matchsim.stability;

  uses io.github.matchsim.simulate.ReplicationSource;
}

/**
 * MatchSim's library: markets, the matching algorithms of the NRMP, the stability checker,
 * generators and the experiment runner. Depends on the JDK alone.
 *
 * <p>Every package here is part of the API today. The engine (compiled arrays, runs, the checker's
 * core) is to move into a package this module does not export, with qualified exports to the
 * project's own modules only.
 */
module io.github.matchsim.core {
  exports io.github.matchsim.algorithm;
  exports io.github.matchsim.generate;
  exports io.github.matchsim.market;
  exports io.github.matchsim.matching;
  exports io.github.matchsim.simulate;
  exports io.github.matchsim.stability;
}

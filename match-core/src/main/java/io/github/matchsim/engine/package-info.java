/**
 * The engine: markets compiled into dense int arrays ({@link io.github.matchsim.engine.IntMarket})
 * and matchings over them ({@link io.github.matchsim.engine.IntMatching}), the form every
 * algorithm and the stability checker work on.
 *
 * <p>Not part of the API: the module exports this package only to MatchSim's own modules (IO,
 * command line, benchmarks), and its layout may change in any release. Users hold a compiled
 * market as the opaque {@link io.github.matchsim.market.CompiledMarket} and read results through
 * {@link io.github.matchsim.matching.Matching}.
 */
package io.github.matchsim.engine;

/**
 * Markets: programs, applicants, couples, supplemental lists and reversions ({@link
 * io.github.matchsim.market.Market}, built and validated by its builder), and {@link
 * io.github.matchsim.market.CompiledMarket}, the opaque handle to the compiled form the algorithms
 * run on.
 *
 * <p>What a market is and which markets are valid is the contract of {@code docs/semantics.md}
 * and {@code docs/formats.md} in the MatchSim repository; every rule there is checked when a
 * market is built, and every problem is reported with its place.
 */
package io.github.matchsim.market;

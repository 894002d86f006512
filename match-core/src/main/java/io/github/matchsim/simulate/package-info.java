/**
 * Experiments: replications in parallel from one master seed, with results that do not depend on
 * the number of threads, summaries with confidence intervals, and CSVs.
 *
 * <p>The matches they run follow {@code docs/semantics.md} in the MatchSim repository.
 */
package io.github.matchsim.simulate;

/**
 * Matchings: who holds which primary and PGY-1 position, and each program's positions after
 * reversions.
 *
 * <p>A matching, individual rationality and final positions are defined in {@code
 * docs/semantics.md} in the MatchSim repository.
 */
package io.github.matchsim.matching;

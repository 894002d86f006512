/**
 * Seeded random markets: the general-purpose generator and the calibrated national preset.
 *
 * <p>Every market generated is valid in the sense of {@code docs/semantics.md} and {@code
 * docs/formats.md} in the MatchSim repository; the same settings and seed give the same market.
 */
package io.github.matchsim.generate;

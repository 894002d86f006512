/**
 * The stability checker: every blocking coalition (single, couple, supplemental, individual
 * rationality) of any matching, independent of the algorithm that produced it.
 *
 * <p>Stability for couples and supplemental lists is defined in {@code docs/semantics.md} in the
 * MatchSim repository (Biró, Manlove and McBride's definition for couples, extended to NRMP
 * supplemental lists).
 */
package io.github.matchsim.stability;

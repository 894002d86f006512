/**
 * Matching algorithms: Roth–Peranson with couples, supplemental lists and reversions, and
 * deferred acceptance from either side; each run ends in a reported status.
 *
 * <p>The outcomes they promise (applicant- and program-optimal stable matchings; {@code STABLE},
 * {@code CYCLE_DETECTED}, {@code LIMIT_REACHED}) are defined in {@code docs/semantics.md} in the
 * MatchSim repository.
 */
package io.github.matchsim.algorithm;

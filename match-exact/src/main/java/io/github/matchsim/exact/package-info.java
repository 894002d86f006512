/**
 * Exact answers for markets with couples, where a stable matching may not exist and heuristics may
 * miss one that does.
 *
 * <ul>
 *   <li>{@link io.github.matchsim.exact.SatStableMatching}: a stable matching or a proof that none
 *       exists ({@link io.github.matchsim.exact.ExactAnswer}); the most stable matching ({@link
 *       io.github.matchsim.exact.MostStableAnswer}); every stable matching of a small market
 *       ({@link io.github.matchsim.exact.StableMatchings}); a stable matching applicants cannot
 *       improve on together. All within a time budget, by either definition of couple stability,
 *       for the whole of docs/semantics.md (couples, supplemental lists, reversions).
 *   <li>{@link io.github.matchsim.exact.Portfolio}: Roth–Peranson, then Kojima–Pathak–Roth, then the
 *       exact search; also Roth–Peranson with an exact fallback ({@code match run
 *       --exact-fallback}).
 * </ul>
 *
 * <p>Every matching these return has passed the library's stability checker. The SAT encoding and
 * the solver behind it (Sat4j, chosen over OR-Tools CP-SAT by measurement: docs/benchmarks-exact.md)
 * are package-private.
 */
package io.github.matchsim.exact;

/**
 * JMH benchmarks of MatchSim, run from the shaded {@code match-bench/target/benchmarks.jar}.
 *
 * <p>Every benchmark forks a JVM with a fixed 2 GiB heap that is touched in full at start-up
 * ({@code -XX:+AlwaysPreTouch}). Without it, on virtual machines that reclaim idle memory (this
 * project's machines run the kernel's DAMON reclaim), each fresh page the collector hands out costs
 * a page fault, and a 50,000-applicant match measured 16 to 23 ms under G1 instead of 6 to 7 ms:
 * the figure was the kernel's, not the algorithm's.
 *
 * <p>Markets come from {@link io.github.matchsim.generate.MarketGenerator} with fixed seeds, built
 * in {@code @Setup}; see {@code BenchmarkMarkets}.
 */
package io.github.matchsim.bench;

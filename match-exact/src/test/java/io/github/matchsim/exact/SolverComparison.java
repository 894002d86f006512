package io.github.matchsim.exact;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The same encoding under Sat4j and under OR-Tools CP-SAT (one worker, so deterministic), on the
 * same generated markets (market s: 500 to 2,000 applicants by s mod 4, 2 to 5% in couples by s / 4
 * mod 4), both starting from Roth–Peranson's matching, 60 s each, in alternating order per market.
 * Prints one tab-separated row per market: seed, applicants, couple share, Roth–Peranson's status,
 * then each solver's verdict and milliseconds. Run with {@code match-exact/compare-solvers.sh FROM
 * TO}.
 */
public final class SolverComparison {
  private SolverComparison() {}

  public static void main(String[] args) {
    int from = Integer.parseInt(args[0]);
    int to = Integer.parseInt(args[1]);
    System.out.println("seed\tapplicants\tcouple_share\troth_peranson\tsat4j\tsat4j_ms\tcpsat\tcpsat_ms");
    for (int s = from; s <= to; s++) {
      int applicants = 500 + (s % 4) * 500;
      double share = 0.02 + ((s / 4) % 4) * 0.01;
      Market market = MarketGenerator.builder().applicants(applicants).coupleShare(share)
          .listLength(IntDistribution.uniform(8, 12)).build().generate(s);
      MatchResult heuristic = RothPeransonMatching.builder().retries(2).seed(s).build().match(market);
      String[] cells = new String[2];
      for (int k = 0; k < 2; k++) {
        int solver = (s + k) % 2; // alternate which solver goes first
        Supplier<Formula> formulas = solver == 0 ? Sat4jFormula::new : () -> new CpSatFormula(1);
        ExactAnswer answer = SatStableMatching.builder().timeLimit(Duration.ofSeconds(60)).formulas(formulas).build()
            .solve(market, heuristic.matching());
        cells[solver] = answer.verdict() + "\t" + answer.elapsed().toMillis();
      }
      System.out.printf(Locale.ROOT, "%d\t%d\t%.2f\t%s\t%s\t%s%n", s, applicants, share, heuristic.status(), cells[0],
          cells[1]);
    }
  }
}

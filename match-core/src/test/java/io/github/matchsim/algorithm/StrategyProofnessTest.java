package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMatching;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.testkit.Markets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No applicant gains by submitting any other ordering or truncation of its list to
 * applicant-proposing deferred acceptance (Dubins and Freedman 1981; Roth 1982), checked
 * exhaustively on tiny markets.
 */
class StrategyProofnessTest {
  static LongStream seeds() {
    return Markets.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noApplicantGainsByMisreporting(long seed) {
    Market market = Markets.tinySimple(seed, 6);
    MatchingAlgorithm algorithm = new GaleShapleyApplicantProposing();
    var truthful = IntMatching.of(algorithm.match(market).matching());
    for (int a = 0; a < market.applicants().size(); a++) {
      Applicant applicant = market.applicants().get(a);
      List<String> truth = applicant.rankOrderList();
      int truthfulRank = trueRank(truth, truthful.isMatched(a)
          ? truthful.market().programId(truthful.programOf(a)) : null);
      for (List<String> report : orderedSubsets(truth)) {
        Market lying = withList(market, a, report);
        var outcome = IntMatching.of(algorithm.match(lying).matching());
        String got = outcome.isMatched(a) ? outcome.market().programId(outcome.programOf(a)) : null;
        int rank = trueRank(truth, got);
        assertTrue(rank >= truthfulRank, applicant.id() + " gains by reporting " + report
            + " instead of " + truth + ": rank " + rank + " instead of " + truthfulRank);
      }
    }
  }

  private static int trueRank(List<String> truth, String program) {
    return program == null ? truth.size() : truth.indexOf(program);
  }

  private static Market withList(Market market, int index, List<String> list) {
    List<Applicant> applicants = new ArrayList<>(market.applicants());
    Applicant old = applicants.get(index);
    applicants.set(index, new Applicant(old.id(), old.group(), list));
    return new Market(market.programs(), applicants, market.couples());
  }

  /** Every ordering of every subset of the list, the empty list included. */
  private static List<List<String>> orderedSubsets(List<String> list) {
    List<List<String>> all = new ArrayList<>();
    extend(new ArrayList<>(), list, all);
    return all;
  }

  private static void extend(List<String> prefix, List<String> list, List<List<String>> all) {
    all.add(List.copyOf(prefix));
    for (String program : list) {
      if (!prefix.contains(program)) {
        prefix.add(program);
        extend(prefix, list, all);
        prefix.remove(prefix.size() - 1);
      }
    }
  }
}

package io.github.matchsim.matching;

import io.github.matchsim.engine.IntMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranks a matching reports, read from the compiled lists, are the ranks on the lists as
 * given, for every matching of tiny markets with couples and supplemental lists, individually
 * rational or not, against a literal lookup in the string lists.
 */
class OriginalRanksTest {
  static LongStream seeds() {
    return Markets.seeds(150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ranksAreThoseOfTheListsAsGiven(long seed) {
    Market market = Markets.tinyFull(seed);
    IntMarket compiled = IntMarket.of(market);
    BruteForce.enumerate(market, candidate -> {
      IntMatching matching = IntMatching.of(candidate.toMatching(compiled));
      for (int a = 0; a < compiled.applicantCount(); a++) {
        assertEquals(literalRank(matching, a), matching.rankOf(a), "rank of " + compiled.applicantId(a));
        assertEquals(literalPgy1Rank(matching, a), matching.pgy1RankOf(a), "PGY-1 rank of " + compiled.applicantId(a));
      }
    });
  }

  private static String id(IntMarket market, int p) {
    return p < 0 ? null : market.programId(p);
  }

  private static int literalRank(IntMatching matching, int a) {
    IntMarket market = matching.market();
    if (!matching.isMatched(a)) {
      return 0;
    }
    int c = market.coupleOf(a);
    if (c < 0) {
      return market.market().applicants().get(a).rankOrderList().indexOf(market.programId(matching.programOf(a))) + 1;
    }
    Couple couple = market.market().couples().get(c);
    ProgramPair pair = new ProgramPair(id(market, matching.programOf(market.coupleMember(c, 0))),
        id(market, matching.programOf(market.coupleMember(c, 1))));
    return couple.rankOrderList().indexOf(pair) + 1;
  }

  private static int literalPgy1Rank(IntMatching matching, int a) {
    IntMarket market = matching.market();
    if (matching.pgy1ProgramOf(a) < 0 || !matching.isMatched(a)) {
      return 0;
    }
    Applicant applicant = market.market().applicants().get(a);
    for (SupplementalList list : applicant.supplementalLists()) {
      if (list.linkedTo().contains(market.programId(matching.programOf(a)))) {
        return list.rankOrderList().indexOf(market.programId(matching.pgy1ProgramOf(a))) + 1;
      }
    }
    return 0;
  }
}

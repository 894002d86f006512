package io.github.matchsim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.testkit.BruteForce;
import io.github.matchsim.testkit.Markets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enumeration and the applicant-preferred stable matching against brute force, on tiny markets of
 * four shapes (singles and couples; supplemental lists; reversions; two sides that disagree, with
 * several stable matchings): the search lists exactly the
 * stable matchings brute force finds, and its applicant-preferred matching is stable, no stable
 * matching is better for some applicant and worse for none, and it is the applicant-optimal one
 * whenever that exists.
 */
class EnumerationTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  static List<Market> shapes(long seed) {
    return List.of(Markets.tinySinglesAndCouples(seed), Markets.tinyFull(seed), SatStableMatchingTest.tinyWithReversions(seed),
        diverse(seed));
  }

  /**
   * A tiny market whose two sides disagree (no common quality or score), so that it often has
   * several stable matchings; couples on two seeds in three, reversions on one in four.
   */
  static Market diverse(long seed) {
    return MarketGenerator.builder().applicants(4 + (int) (seed % 4)).programs(3 + (int) (seed % 2))
        .positions(IntDistribution.uniform(1, 2)).listLength(IntDistribution.uniform(2, 4))
        .programQualityWeight(0).applicantScoreWeight(0).coupleShare(seed % 3 == 0 ? 0 : 0.5)
        .reversionShare(seed % 4 == 0 ? 0.5 : 0).build().generate(seed);
  }

  @Test
  void theDiverseShapeHasSeveralStableMatchingsOften() {
    long several = seeds().filter(seed -> bruteForceStable(diverse(seed)).size() >= 2).count();
    assertTrue(several >= 30, "markets with several stable matchings: " + several);
  }

  /** A matching as applicant id to "primary/pgy1", comparable across its sources. */
  static Map<String, String> canonical(Map<String, String> primary, Map<String, String> pgy1) {
    Map<String, String> form = new TreeMap<>();
    primary.forEach((a, p) -> form.put(a, p + "/" + pgy1.get(a)));
    return form;
  }

  static Map<String, String> canonical(Matching matching) {
    Map<String, String> form = new TreeMap<>();
    for (Assignment a : matching.assignments()) {
      form.put(a.applicant(), a.program() + "/" + a.pgy1Program());
    }
    return form;
  }

  static List<Map<String, String>> bruteForceStable(Market market) {
    List<Map<String, String>> stable = new ArrayList<>();
    BruteForce.enumerate(market, candidate -> {
      if (StabilityChecker.isStable(Matching.of(market, candidate.primary(), candidate.pgy1()))) {
        stable.add(canonical(candidate.primary(), candidate.pgy1()));
      }
    });
    return stable;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSearchListsExactlyTheStableMatchingsBruteForceFinds(long seed) {
    for (Market market : shapes(seed)) {
      StableMatchings all = SatStableMatching.withDefaults().allStable(market, 1_000);
      assertTrue(all.complete());
      Set<Map<String, String>> found = new HashSet<>();
      all.matchings().forEach(m -> assertTrue(found.add(canonical(m)), "each once"));
      assertEquals(new HashSet<>(bruteForceStable(market)), found, () -> market.programs() + " " + market.applicants());
    }
  }

  /** Per single and couple (by id), its rank of what it holds; its list's length when it holds nothing. */
  static Map<String, Integer> ranks(Market market, Map<String, String> form) {
    Map<String, Integer> ranks = new TreeMap<>();
    Set<String> members = new HashSet<>();
    for (Couple c : market.couples()) {
      members.add(c.member1());
      members.add(c.member2());
      String p1 = primary(form.get(c.member1()));
      String p2 = primary(form.get(c.member2()));
      int rank = c.rankOrderList().size();
      for (int k = 0; k < c.rankOrderList().size(); k++) {
        ProgramPair pair = c.rankOrderList().get(k);
        if ((p1 != null || p2 != null) && Objects.equals(pair.first(), p1) && Objects.equals(pair.second(), p2)) {
          rank = k;
        }
      }
      ranks.put(c.id(), rank);
    }
    for (Applicant a : market.applicants()) {
      if (!members.contains(a.id())) {
        String p = primary(form.get(a.id()));
        ranks.put(a.id(), p == null ? a.rankOrderList().size() : a.rankOrderList().indexOf(p));
      }
    }
    return ranks;
  }

  private static String primary(String cell) {
    return cell == null ? null : cell.substring(0, cell.indexOf('/'));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theApplicantPreferredMatchingIsParetoOptimalAndOptimalWhenThatExists(long seed) {
    for (Market market : shapes(seed)) {
      ExactAnswer answer = SatStableMatching.withDefaults().applicantPreferred(market, null);
      List<Map<String, String>> stable = bruteForceStable(market);
      if (stable.isEmpty()) {
        assertEquals(ExactVerdict.NO_STABLE_MATCHING, answer.verdict());
        continue;
      }
      Matching found = answer.matching().orElseThrow();
      assertTrue(StabilityChecker.isStable(found));
      Map<String, Integer> mine = ranks(market, canonical(found));
      for (Map<String, String> other : stable) {
        Map<String, Integer> theirs = ranks(market, other);
        boolean noneWorse = mine.keySet().stream().allMatch(k -> theirs.get(k) <= mine.get(k));
        boolean someBetter = mine.keySet().stream().anyMatch(k -> theirs.get(k) < mine.get(k));
        assertFalse(noneWorse && someBetter, () -> "a stable matching improves on it for applicants: " + other);
        if (stable.stream().allMatch(s -> ranks(market, s).entrySet().stream()
            .allMatch(e -> theirs.get(e.getKey()) <= e.getValue()))) {
          assertEquals(theirs, mine, "the applicant-optimal stable matching");
        }
      }
    }
  }
}

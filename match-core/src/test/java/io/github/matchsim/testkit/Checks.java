package io.github.matchsim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityReport;
import java.util.HashMap;
import java.util.Map;

/** Assertions shared by algorithm tests. */
public final class Checks {
  private Checks() {}

  /** Asserts that the result says STABLE and the independent checker agrees. */
  public static void assertStable(MatchResult result) {
    assertEquals(MatchStatus.STABLE, result.status(), result::toString);
    StabilityReport report = StabilityChecker.check(result.matching());
    assertTrue(report.isStable(), () -> result.algorithm() + " result is not stable: "
        + report.blocking().subList(0, Math.min(5, report.blocking().size())));
  }

  /**
   * Applicant a's rank of its primary program on its compiled list (0 is best), or its list length
   * when unmatched: smaller is better for a.
   */
  public static int applicantRank(Matching view, int a) {
    IntMatching matching = IntMatching.of(view);
    IntMarket market = matching.market();
    int start = market.applicantListStart(a);
    int end = market.applicantListEnd(a);
    for (int i = start; i < end; i++) {
      if (market.programAt(i) == matching.programOf(a)) {
        return i - start;
      }
    }
    return end - start;
  }

  /** The matching as a map from applicant id to program id, for comparing across compilations. */
  public static Map<String, String> byId(Matching view) {
    IntMatching matching = IntMatching.of(view);
    Map<String, String> map = new HashMap<>();
    for (int a = 0; a < matching.market().applicantCount(); a++) {
      if (matching.isMatched(a)) {
        map.put(matching.market().applicantId(a), matching.market().programId(matching.programOf(a)));
      }
    }
    return map;
  }
}

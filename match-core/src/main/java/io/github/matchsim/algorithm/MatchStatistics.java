package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of one matching run.
 *
 * @param proposals the proposals made (applicants' or programs', by the proposing side)
 * @param applicants the applicants in the market, couple members included
 * @param matched the applicants holding a primary position
 * @param matchedByGroup matched applicants per group label, in the market's group order
 * @param unmatchedByGroup unmatched applicants per group label, in the same order
 * @param rankDistribution element {@code k} counts the applicants matched at original rank {@code
 *     k + 1} (of their primary list, or of their couple's list)
 * @param positions the positions offered, after reversions
 * @param filledPositions the positions held, primary and PGY-1
 * @param partialMatches applicants holding an advanced position with a supplemental list linked to
 *     it but no PGY-1 position
 * @param couples the couples in the market
 * @param couplesBothMatched the couples whose two members both hold a primary position
 * @param coupleWithdrawals see {@link RunCounters#coupleWithdrawals()}
 * @param reactivations see {@link RunCounters#reactivations()}
 * @param revertedPositions see {@link RunCounters#revertedPositions()}
 * @param cycles see {@link RunCounters#cycles()}
 * @param retries see {@link RunCounters#retries()}
 */
public record MatchStatistics(
    long proposals,
    int applicants,
    int matched,
    Map<String, Integer> matchedByGroup,
    Map<String, Integer> unmatchedByGroup,
    List<Integer> rankDistribution,
    long positions,
    long filledPositions,
    int partialMatches,
    int couples,
    int couplesBothMatched,
    long coupleWithdrawals,
    long reactivations,
    long revertedPositions,
    int cycles,
    int retries) {

  public MatchStatistics {
    if (proposals < 0 || applicants < 0 || matched < 0 || matched > applicants) {
      throw new IllegalArgumentException("inconsistent counts: proposals " + proposals
          + ", applicants " + applicants + ", matched " + matched);
    }
    if (couplesBothMatched < 0 || couplesBothMatched > couples || 2L * couples > applicants) {
      throw new IllegalArgumentException("inconsistent counts: couples " + couples
          + ", both matched " + couplesBothMatched + ", applicants " + applicants);
    }
    matchedByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(matchedByGroup));
    unmatchedByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(unmatchedByGroup));
    rankDistribution = List.copyOf(rankDistribution);
  }

  /** The statistics of a matching and of the run that reached it. */
  static MatchStatistics of(IntMatching matching, RunCounters counters) {
    IntMarket market = matching.market();
    List<String> groups = market.groupNames();
    int[] matchedIn = new int[groups.size()];
    int[] unmatchedIn = new int[groups.size()];
    List<Integer> ranks = new ArrayList<>();
    int matched = 0;
    int partial = 0;
    for (int a = 0; a < market.applicantCount(); a++) {
      if (!matching.isMatched(a)) {
        unmatchedIn[market.groupOf(a)]++;
        continue;
      }
      matched++;
      int program = matching.programOf(a);
      if (matching.pgy1ProgramOf(a) < 0 && market.isAdvanced(program)
          && market.supplementalListFor(a, program) >= 0) {
        partial++;
      }
      matchedIn[market.groupOf(a)]++;
      int rank = matching.rankOf(a);
      if (rank > 0) {
        while (ranks.size() < rank) {
          ranks.add(0);
        }
        ranks.set(rank - 1, ranks.get(rank - 1) + 1);
      }
    }
    Map<String, Integer> matchedByGroup = new LinkedHashMap<>();
    Map<String, Integer> unmatchedByGroup = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      matchedByGroup.put(groups.get(g), matchedIn[g]);
      unmatchedByGroup.put(groups.get(g), unmatchedIn[g]);
    }
    int both = 0;
    for (int c = 0; c < market.coupleCount(); c++) {
      both += matching.isMatched(market.coupleMember(c, 0)) && matching.isMatched(market.coupleMember(c, 1)) ? 1 : 0;
    }
    long positions = 0;
    long filled = 0;
    for (int p = 0; p < market.programCount(); p++) {
      positions += matching.finalPositions(p);
      filled += matching.filled(p);
    }
    return new MatchStatistics(counters.proposals(), market.applicantCount(), matched, matchedByGroup,
        unmatchedByGroup, ranks, positions, filled, partial, market.coupleCount(), both, counters.coupleWithdrawals(),
        counters.reactivations(), counters.revertedPositions(), counters.cycles(), counters.retries());
  }

  /** The applicants without a primary position. */
  public int unmatched() {
    return applicants - matched;
  }

  /** The percentage of couples with both members matched; 0 without couples. */
  public double couplesBothMatchedPercent() {
    return couples == 0 ? 0 : 100.0 * couplesBothMatched / couples;
  }

  /** The positions offered but not held. */
  public long unfilledPositions() {
    return positions - filledPositions;
  }
}

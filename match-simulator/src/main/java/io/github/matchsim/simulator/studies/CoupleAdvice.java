package io.github.matchsim.simulator.studies;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.Region;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The adviser's side of the couples study: for the partners of the market's couples, the odds of
 * matching as a couple, by how many pairs the couple ranks and how far apart a pair's programs may
 * be, against applying as two singles. Each variant is the same drawn market with only the
 * couples' lists rebuilt (or the couples dissolved), so the rest of the market is the same.
 */
final class CoupleAdvice {
  static final Metric PARTNER_MATCHED = Metric.percent("partner_matched_percent");
  static final Metric BOTH_MATCHED = Metric.percent("both_partners_matched_percent");
  /** Pairs a couple ranks at most (0: every pair the rule allows). */
  static final List<Integer> PAIR_LIMITS = List.of(10, 40, 0);

  /** How a couple applies. */
  enum Variant {
    SINGLES("as two singles", false, 0),
    SAME_REGION_10("couple, same region, 10 pairs", false, 10),
    SAME_REGION_40("couple, same region, 40 pairs", false, 40),
    SAME_REGION_ALL("couple, same region, every pair", false, 0),
    ANY_REGION_10("couple, any region, 10 pairs", true, 10),
    ANY_REGION_40("couple, any region, 40 pairs", true, 40),
    ANY_REGION_ALL("couple, any region, every pair", true, 0);

    final String words;
    final boolean anyRegion;
    final int limit;

    Variant(String words, boolean anyRegion, int limit) {
      this.words = words;
      this.anyRegion = anyRegion;
      this.limit = limit;
    }
  }

  private CoupleAdvice() {}

  /** The partners' outcomes in every variant of one drawn market. */
  static Map<Metric, Double> replicate(SimulatedMarket sim, long seed) {
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    if (sim.market().couples().isEmpty()) {
      return notMeasured();
    }
    for (Variant variant : Variant.values()) {
      Matching matching = StudyMatch.of(variant(sim, variant), seed).matching();
      int partners = 0;
      int matched = 0;
      int both = 0;
      for (Couple c : sim.market().couples()) {
        boolean first = matching.assignmentOf(c.member1()).isPresent();
        boolean second = matching.assignmentOf(c.member2()).isPresent();
        partners += 2;
        matched += (first ? 1 : 0) + (second ? 1 : 0);
        both += first && second ? 1 : 0;
      }
      metrics.put(PARTNER_MATCHED.by(variant), 100.0 * matched / partners);
      metrics.put(BOTH_MATCHED.by(variant), 100.0 * both / sim.market().couples().size());
    }
    return metrics;
  }

  /** Every metric of {@link #replicate}, not measured (NaN): for replications that leave it out. */
  static Map<Metric, Double> notMeasured() {
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (Variant variant : Variant.values()) {
      metrics.put(PARTNER_MATCHED.by(variant), Double.NaN);
      metrics.put(BOTH_MATCHED.by(variant), Double.NaN);
    }
    return metrics;
  }

  /** The market with the couples' lists rebuilt for the variant, or the couples made singles. */
  static Market variant(SimulatedMarket sim, Variant variant) {
    Map<String, List<String>> interviews = new HashMap<>();
    sim.applicants().forEach(a -> interviews.put(a.id(), a.interviews()));
    Map<String, Region> regionOf = new HashMap<>();
    sim.programs().forEach(p -> regionOf.put(p.id(), p.region()));
    Market market = sim.market();
    if (variant == Variant.SINGLES) {
      Set<String> members = market.couples().stream().flatMap(c -> java.util.stream.Stream.of(c.member1(), c.member2()))
          .collect(Collectors.toSet());
      List<Applicant> applicants = market.applicants().stream().map(a -> members.contains(a.id())
          ? new Applicant(a.id(), a.group(), interviews.get(a.id()), a.supplementalLists()) : a).toList();
      return new Market(market.programs(), applicants, List.of());
    }
    List<Couple> couples = new ArrayList<>();
    for (Couple c : market.couples()) {
      List<String> one = interviews.get(c.member1());
      List<String> two = interviews.get(c.member2());
      List<int[]> places = new ArrayList<>();
      for (int i = 0; i < one.size(); i++) {
        for (int j = 0; j < two.size(); j++) {
          if (variant.anyRegion || regionOf.get(one.get(i)) == regionOf.get(two.get(j))) {
            places.add(new int[] {i, j});
          }
        }
      }
      places.sort(Comparator.<int[]>comparingInt(p -> p[0] + p[1]).thenComparingInt(p -> p[0]));
      List<ProgramPair> pairs = new ArrayList<>();
      for (int[] p : places) {
        if (variant.limit == 0 || pairs.size() < variant.limit) {
          pairs.add(new ProgramPair(one.get(p[0]), two.get(p[1])));
        }
      }
      for (int k = 0; k < Math.max(one.size(), two.size()); k++) { // then one partner unmatched, alternating
        if (k < one.size()) {
          pairs.add(new ProgramPair(one.get(k), null));
        }
        if (k < two.size()) {
          pairs.add(new ProgramPair(null, two.get(k)));
        }
      }
      couples.add(new Couple(c.id(), c.member1(), c.member2(), pairs));
    }
    return new Market(market.programs(), market.applicants(), couples);
  }
}

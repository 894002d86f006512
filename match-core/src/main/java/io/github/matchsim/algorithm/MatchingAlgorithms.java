package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library's algorithms, by the names they carry in result files and on the command line, with
 * what each handles. The command line and the studies choose algorithms here, so that a name is
 * declared once.
 */
public final class MatchingAlgorithms {
  private static final List<MatchingAlgorithm> ALL = List.of(
      new RothPeransonMatching(), new KojimaPathakRothMatching(), new GaleShapleyApplicantProposing(),
      new GaleShapleyProgramProposing());

  private MatchingAlgorithms() {}

  /** Every algorithm, Roth–Peranson first, each with its default settings. */
  public static List<MatchingAlgorithm> all() {
    return ALL;
  }

  /** Their names, in the order of {@link #all()}. */
  public static List<String> names() {
    return ALL.stream().map(MatchingAlgorithm::name).toList();
  }

  /** The algorithm with this name, with its default settings. */
  public static Optional<MatchingAlgorithm> named(String name) {
    return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The algorithms that handle every one of these features. */
  public static List<MatchingAlgorithm> handling(Set<MarketFeature> features) {
    return ALL.stream().filter(a -> a.handles().containsAll(features)).toList();
  }

  /**
   * Throws when a market has features that {@code algorithm} does not handle, naming them and the
   * algorithms that do.
   *
   * @throws IllegalArgumentException naming the features and the algorithms that handle them
   */
  static void requireHandled(MatchingAlgorithm algorithm, IntMarket market) {
    Set<MarketFeature> missing = EnumSet.noneOf(MarketFeature.class);
    missing.addAll(MarketFeature.of(market));
    missing.removeAll(algorithm.handles());
    if (missing.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>();
    if (missing.contains(MarketFeature.COUPLES)) {
      found.add(market.coupleCount() + (market.coupleCount() == 1 ? " couple" : " couples"));
    }
    if (missing.contains(MarketFeature.SUPPLEMENTAL_LISTS)) {
      found.add(market.supplementalListCount()
          + (market.supplementalListCount() == 1 ? " supplemental list" : " supplemental lists"));
    }
    if (missing.contains(MarketFeature.REVERSIONS)) {
      int reversions = market.programCount() == 0 ? 0 : market.reversionEnd(market.programCount() - 1);
      found.add(reversions + (reversions == 1 ? " reversion" : " reversions"));
    }
    List<String> instead = handling(MarketFeature.of(market)).stream()
        .map(a -> a.title() + " (\"" + a.name() + "\")").toList();
    throw new IllegalArgumentException(algorithm.name() + " handles markets without " + String.join(", ", missing.stream()
        .map(MarketFeature::toString).toList()) + ", but this market has " + String.join(", ", found)
        + (instead.isEmpty() ? "" : "; use " + String.join(" or ", instead) + ", which handle"
        + (instead.size() == 1 ? "s" : "") + " them"));
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.CompiledMarket;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a market can hold beyond singles who rank programs: the features an algorithm declares it
 * handles ({@link MatchingAlgorithm#handles()}), and refuses a market with when it does not.
 */
public enum MarketFeature {
  /** Couples who rank pairs of programs. */
  COUPLES("couples"),
  /** Supplemental lists of PGY-1 programs linked to advanced programs. */
  SUPPLEMENTAL_LISTS("supplemental lists"),
  /** Reversions of unfilled positions from one program to others. */
  REVERSIONS("reversions");

  private final String words;

  MarketFeature(String words) {
    this.words = words;
  }

  /** The feature in words, such as "supplemental lists". */
  @Override
  public String toString() {
    return words;
  }

  /** The features a market has. */
  public static Set<MarketFeature> of(CompiledMarket compiled) {
    IntMarket market = IntMarket.of(compiled);
    Set<MarketFeature> features = EnumSet.noneOf(MarketFeature.class);
    if (market.hasCouples()) {
      features.add(COUPLES);
    }
    if (market.hasSupplementalLists()) {
      features.add(SUPPLEMENTAL_LISTS);
    }
    if (market.hasReversions()) {
      features.add(REVERSIONS);
    }
    return features;
  }
}

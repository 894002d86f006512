package io.github.matchsim.algorithm;

import io.github.matchsim.market.CompiledMarket;
import java.util.ArrayList;
import java.util.List;

/** The check shared by algorithms that handle only markets without couples, supplemental lists or reversions. */
final class SimpleMarkets {
  private SimpleMarkets() {}

  /**
   * Throws, naming the algorithm that handles the market, when it has couples, supplemental lists
   * or reversions.
   */
  static void require(CompiledMarket market, String algorithm) {
    List<String> features = new ArrayList<>();
    if (market.hasCouples()) {
      features.add(market.coupleCount() + (market.coupleCount() == 1 ? " couple" : " couples"));
    }
    if (market.hasSupplementalLists()) {
      features.add(market.supplementalListCount()
          + (market.supplementalListCount() == 1 ? " supplemental list" : " supplemental lists"));
    }
    int reversions = 0;
    for (int p = 0; p < market.programCount(); p++) {
      reversions += market.reversionEnd(p) - market.reversionStart(p);
    }
    if (reversions > 0) {
      features.add(reversions + (reversions == 1 ? " reversion" : " reversions"));
    }
    if (!features.isEmpty()) {
      throw new IllegalArgumentException(algorithm
          + " handles markets without couples, supplemental lists or reversions, but this market has "
          + String.join(", ", features)
          + "; use the Roth–Peranson algorithm (\"roth-peranson\"), which handles them");
    }
  }
}

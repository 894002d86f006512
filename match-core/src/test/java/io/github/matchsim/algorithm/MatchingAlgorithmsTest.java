package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The registry: names unique, every algorithm under contract, every feature handled by someone. */
class MatchingAlgorithmsTest {
  @Test
  void namesAreUniqueAndEveryAlgorithmHasAContractTest() throws Exception {
    assertEquals(MatchingAlgorithms.names().size(), new HashSet<>(MatchingAlgorithms.names()).size());
    for (MatchingAlgorithm algorithm : MatchingAlgorithms.all()) {
      Class<?> contract = Class.forName(algorithm.getClass().getName() + "ContractTest");
      assertTrue(MatchingAlgorithmContractTest.class.isAssignableFrom(contract), contract.getName());
    }
  }

  @Test
  void everyFeatureIsHandledBySomeAlgorithm() {
    assertEquals(MatchingAlgorithms.all().subList(0, 1), MatchingAlgorithms.handling(EnumSet.allOf(MarketFeature.class)));
    assertEquals("roth-peranson", MatchingAlgorithms.handling(EnumSet.allOf(MarketFeature.class)).get(0).name());
    assertEquals(4, MatchingAlgorithms.handling(EnumSet.noneOf(MarketFeature.class)).size());
  }
}

package io.github.matchsim.algorithm;

/** {@link KojimaPathakRothMatching} keeps the promises of every algorithm. */
class KojimaPathakRothMatchingContractTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return new KojimaPathakRothMatching();
  }
}

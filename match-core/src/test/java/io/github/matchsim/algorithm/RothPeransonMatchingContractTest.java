package io.github.matchsim.algorithm;

/** {@link RothPeransonMatching} keeps the promises of every algorithm. */
class RothPeransonMatchingContractTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return new RothPeransonMatching();
  }
}

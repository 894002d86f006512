package io.github.matchsim.algorithm;

/** {@link GaleShapleyProgramProposing} keeps the promises of every algorithm. */
class GaleShapleyProgramProposingContractTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return new GaleShapleyProgramProposing();
  }
}

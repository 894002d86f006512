package io.github.matchsim.algorithm;

/** {@link GaleShapleyApplicantProposing} keeps the promises of every algorithm. */
class GaleShapleyApplicantProposingContractTest extends MatchingAlgorithmContractTest {
  @Override
  MatchingAlgorithm algorithm() {
    return new GaleShapleyApplicantProposing();
  }
}

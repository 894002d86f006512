package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.Soap;
import io.github.matchsim.algorithm.SoapApplications;
import io.github.matchsim.algorithm.SoapResult;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulator.market.SimulatedMarket.ApplicantProfile;
import io.github.matchsim.simulator.market.SimulatedMarket.ProgramProfile;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SOAP on simulated markets: nobody placed twice, no program over its vacancies, offers only to
 * applicants who applied there, visas respected, and the study's figures the same whatever the
 * number of threads.
 */
class SoapStudyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 6);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void soapAfterASimulatedMatchKeepsItsRules(long seed) {
    SimulatedMarket sim = NationalMarketModel.match2025(0.03).build().generate(seed);
    Matching main = StudyMatch.of(sim.market(), seed).matching();
    Map<String, ApplicantProfile> applicants = sim.applicants().stream()
        .collect(Collectors.toMap(ApplicantProfile::id, Function.identity()));
    Map<String, ProgramProfile> programs = sim.programs().stream()
        .collect(Collectors.toMap(ProgramProfile::id, Function.identity()));
    for (SoapStudy.Reach reach : SoapStudy.Reach.values()) {
      SoapApplications applications = SoapStudy.applications(sim, main, reach, seed);
      SoapResult result = Soap.nrmp().run(main, applications);
      Set<String> placed = new HashSet<>();
      Map<String, Integer> filled = new HashMap<>();
      for (SoapResult.Placement p : result.placements()) {
        assertTrue(placed.add(p.applicant()), "placed once");
        filled.merge(p.program(), 1, Integer::sum);
        assertTrue(programs.get(p.program()).accepts(applicants.get(p.applicant()).visa()), "the visa is taken there");
      }
      filled.forEach((program, n) -> assertTrue(n <= main.finalPositionsOf(program) - main.holdersOf(program).size()));
      for (SoapResult.Offer offer : result.offers()) {
        assertTrue(applications.applied().get(offer.applicant()).contains(offer.program()), "offered only where applied");
      }
      assertTrue(applications.applied().values().stream().allMatch(l -> l.size() <= Soap.NRMP_APPLICATIONS));
      assertTrue(result.filled() > 0, "SOAP places someone");
      assertEquals(result, Soap.nrmp().run(main, SoapStudy.applications(sim, main, reach, seed)), "the same again");
    }
  }

  @Test
  void theStudysFiguresAreTheSameWhateverTheThreads() throws Exception {
    NationalMarketModel model = NationalMarketModel.match2025(0.02).build();
    String one = csv(Experiment.builder().replications(4).masterSeed(7).threads(1).build()
        .run((index, seed) -> SoapStudy.replicate(model.generate(seed), seed)));
    String two = csv(Experiment.builder().replications(4).masterSeed(7).threads(2).build()
        .run((index, seed) -> SoapStudy.replicate(model.generate(seed), seed)));
    assertEquals(one, two);
  }

  private static String csv(Experiment.ExperimentResult result) throws Exception {
    StringWriter out = new StringWriter();
    result.writeReplicationsCsv(out);
    return out.toString();
  }
}

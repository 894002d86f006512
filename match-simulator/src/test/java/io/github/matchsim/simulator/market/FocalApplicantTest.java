package io.github.matchsim.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Applicant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Focal applicants, the applicants of a "what are my odds" study: they leave the rest of the
 * market as it was drawn without them, and they apply or hold interviews as their profile says.
 */
class FocalApplicantTest {
  private static final String MEDICINE = "Internal Medicine (Categorical)";
  private static final double SCALE = 0.05;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  private static SimulatedMarket withFocal(long seed, FocalApplicant... focal) {
    NationalMarketModel.Builder builder = NationalMarketModel.match2025(SCALE);
    for (FocalApplicant f : focal) {
      builder.focalApplicant(f);
    }
    return builder.build().generate(seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theRestOfTheMarketIsDrawnAsWithoutThem(long seed) {
    SimulatedMarket without = withFocal(seed);
    SimulatedMarket with = withFocal(seed,
        FocalApplicant.applying("YOU1", NrmpGroup.NON_US_IMG, 50, MEDICINE, 120, Visa.J1),
        FocalApplicant.interviewed("YOU2", NrmpGroup.US_MD, 80, MEDICINE, Visa.NONE, List.of(90.0, 50.0)));
    assertEquals(without.programs(), with.programs(), "the same programs");
    assertEquals(without.applicants().size() + 2, with.applicants().size());
    int interviewsDiffer = 0;
    for (int a = 0; a < without.applicants().size(); a++) {
      SimulatedMarket.ApplicantProfile before = without.applicants().get(a);
      SimulatedMarket.ApplicantProfile after = with.applicants().get(a);
      assertEquals(before.strength(), after.strength(), before.id());
      assertEquals(before.specialty(), after.specialty(), before.id());
      assertEquals(before.applications(), after.applications(), before.id());
      interviewsDiffer += before.interviews().equals(after.interviews()) ? 0 : 1;
    }
    // The focal applicants may take an interview slot or two that someone else would have had.
    assertTrue(interviewsDiffer <= 10, interviewsDiffer + " applicants' interviews changed");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anApplyingProfileAppliesAsAskedAndInterviewsOnlyWhereItsVisaIsTaken(long seed) {
    SimulatedMarket sim = withFocal(seed, FocalApplicant.applying("YOU", NrmpGroup.NON_US_IMG, 90, MEDICINE, 30, Visa.H1B));
    SimulatedMarket.ApplicantProfile you = sim.applicants().get(sim.applicants().size() - 1);
    assertEquals("YOU", you.id());
    assertEquals(Visa.H1B, you.visa());
    assertEquals(MEDICINE, you.specialty());
    Map<String, SimulatedMarket.ProgramProfile> programs = new HashMap<>();
    sim.programs().forEach(p -> programs.put(p.id(), p));
    long eligible = sim.programs().stream().filter(p -> p.specialty().equals(MEDICINE) && p.sponsorsH1B()).count();
    assertEquals(Math.min(30, eligible), you.applications(), "30 applications, or every program that sponsors H-1B");
    for (String p : you.interviews()) {
      assertTrue(programs.get(p).sponsorsH1B() && programs.get(p).specialty().equals(MEDICINE), p);
    }
    double[] group = sim.applicants().stream().filter(a -> a.group() == NrmpGroup.NON_US_IMG && !a.id().equals("YOU"))
        .mapToDouble(SimulatedMarket.ApplicantProfile::strength).sorted().toArray();
    long below = java.util.Arrays.stream(group).filter(x -> x < you.strength()).count();
    assertEquals(0.9, (double) below / group.length, 0.01, "at the 90th percentile of its group");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProfileWithInterviewsRanksThemInItsOrder(long seed) {
    List<Double> percentiles = List.of(10.0, 95.0, 50.0, 50.0);
    SimulatedMarket sim = withFocal(seed, FocalApplicant.interviewed("YOU", NrmpGroup.US_IMG, 50, MEDICINE, Visa.NONE,
        percentiles));
    Applicant you = sim.market().applicant("YOU").orElseThrow();
    assertEquals(4, you.rankOrderList().size(), "one program per interview, each once");
    assertEquals(4, you.rankOrderList().stream().distinct().count());
    Map<String, Double> standing = new HashMap<>();
    sim.programs().forEach(p -> standing.put(p.id(), p.standing()));
    List<String> ranked = you.rankOrderList();
    assertTrue(standing.get(ranked.get(0)) < standing.get(ranked.get(2)), "10th percentile below the 50th");
    assertTrue(standing.get(ranked.get(2)) < standing.get(ranked.get(1)), "50th percentile below the 95th");
    assertEquals(ranked, sim.applicants().get(sim.applicants().size() - 1).interviews());
  }

  @Test
  void badProfilesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FocalApplicant.applying("A12", NrmpGroup.US_MD, 50, MEDICINE, 10, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> FocalApplicant.applying("YOU", NrmpGroup.US_MD, 100, MEDICINE, 10, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> FocalApplicant.applying("YOU", NrmpGroup.US_MD, 50, MEDICINE, 0, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> FocalApplicant.interviewed("YOU", NrmpGroup.US_MD, 50, MEDICINE, Visa.NONE, List.of()));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> NationalMarketModel.match2025(SCALE)
        .focalApplicant(FocalApplicant.applying("YOU", NrmpGroup.US_MD, 50, "Cardiology", 10, Visa.NONE)).build());
    assertTrue(unknown.getMessage().startsWith("unknown specialty 'Cardiology'; the specialties are Anesthesiology"),
        unknown.getMessage());
    NationalMarketModel.Builder twice = NationalMarketModel.match2025(SCALE)
        .focalApplicant(FocalApplicant.applying("YOU", NrmpGroup.US_MD, 50, MEDICINE, 10, Visa.NONE));
    assertThrows(IllegalArgumentException.class,
        () -> twice.focalApplicant(FocalApplicant.applying("YOU", NrmpGroup.US_MD, 60, MEDICINE, 10, Visa.NONE)));
  }
}

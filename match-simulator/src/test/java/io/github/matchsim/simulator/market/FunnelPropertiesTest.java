package io.github.matchsim.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the application and interview funnel, on markets of about 1,400 applicants. */
class FunnelPropertiesTest {
  private static final NationalMarketModel MODEL = NationalMarketModel.match2025(0.03).build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bothSidesRankOnlyWhomTheyInterviewed(long seed) {
    SimulatedMarket sim = MODEL.generate(seed);
    Market market = sim.market();
    Map<String, Set<String>> interviews = new HashMap<>();
    Map<String, Set<String>> interviewees = new HashMap<>();
    for (SimulatedMarket.ApplicantProfile a : sim.applicants()) {
      interviews.put(a.id(), new HashSet<>(a.interviews()));
      for (String p : a.interviews()) {
        interviewees.computeIfAbsent(p, k -> new HashSet<>()).add(a.id());
      }
    }
    int entries = 0;
    for (Applicant a : market.applicants()) {
      List<String> ranked = new ArrayList<>(a.rankOrderList());
      a.supplementalLists().forEach(list -> ranked.addAll(list.rankOrderList()));
      for (String p : ranked) {
        assertTrue(interviews.get(a.id()).contains(p), a.id() + " ranks " + p + ", which did not interview it");
        entries++;
      }
    }
    for (Couple c : market.couples()) {
      for (ProgramPair pair : c.rankOrderList()) {
        assertTrue(pair.first() == null || interviews.get(c.member1()).contains(pair.first()), c.id() + " " + pair);
        assertTrue(pair.second() == null || interviews.get(c.member2()).contains(pair.second()), c.id() + " " + pair);
      }
    }
    for (Program p : market.programs()) {
      for (String a : p.rankOrderList()) {
        assertTrue(interviewees.getOrDefault(p.id(), Set.of()).contains(a), p.id() + " ranks " + a + ", whom it did not interview");
      }
    }
    assertTrue(entries > market.applicants().size() * 3, "lists are not empty: " + entries + " entries");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void strongerApplicantsHaveLongerLists(long seed) {
    SimulatedMarket sim = MODEL.generate(seed);
    Set<String> members = new HashSet<>(); // couple members rank nothing alone: their couple ranks pairs
    sim.market().couples().forEach(c -> members.addAll(List.of(c.member1(), c.member2())));
    List<double[]> singles = new ArrayList<>(); // strength, list length
    for (int i = 0; i < sim.applicants().size(); i++) {
      Applicant a = sim.market().applicants().get(i);
      if (!members.contains(a.id())) {
        int length = a.rankOrderList().size() + a.supplementalLists().stream().mapToInt(l -> l.rankOrderList().size()).sum();
        singles.add(new double[] {sim.applicants().get(i).strength(), length});
      }
    }
    singles.sort((x, y) -> Double.compare(x[0], y[0]));
    int quarter = singles.size() / 4;
    double weakest = singles.subList(0, quarter).stream().mapToDouble(x -> x[1]).average().orElseThrow();
    double strongest = singles.subList(singles.size() - quarter, singles.size()).stream().mapToDouble(x -> x[1]).average().orElseThrow();
    assertTrue(strongest > weakest + 2, "strongest quarter ranks " + strongest + " programs, weakest " + weakest);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void couplesPairsLieInOneRegionUnlessAPartnerIsUnmatched(long seed) {
    SimulatedMarket sim = MODEL.generate(seed);
    Map<String, Region> regionOf = new HashMap<>();
    sim.programs().forEach(p -> regionOf.put(p.id(), p.region()));
    int joint = 0;
    assertTrue(sim.market().couples().size() >= 20, "couples: " + sim.market().couples().size());
    for (Couple c : sim.market().couples()) {
      for (ProgramPair pair : c.rankOrderList()) {
        if (pair.first() != null && pair.second() != null) {
          assertEquals(regionOf.get(pair.first()), regionOf.get(pair.second()), c.id() + " " + pair);
          joint++;
        }
      }
    }
    assertTrue(joint > 0, "couples rank pairs");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void visaRestrictedApplicantsRankOnlyProgramsWithTheirVisa(long seed) {
    SimulatedMarket sim = MODEL.generate(seed);
    Map<String, SimulatedMarket.ProgramProfile> programs = new HashMap<>();
    sim.programs().forEach(p -> programs.put(p.id(), p));
    int restricted = 0;
    for (SimulatedMarket.ApplicantProfile a : sim.applicants()) {
      if (a.visa() != Visa.NONE) {
        restricted++;
        for (String p : a.interviews()) {
          assertTrue(programs.get(p).accepts(a.visa()), a.id() + " needs " + a.visa() + " but interviewed at " + p);
        }
      }
    }
    assertTrue(restricted > 0, "some applicants need a visa");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameSeedGivesTheSameMarketAndAdvancedApplicantsGetSupplementalLists(long seed) {
    SimulatedMarket sim = MODEL.generate(seed);
    assertEquals(sim.market(), MODEL.generate(seed).market());
    long withSupplemental = sim.market().applicants().stream().filter(a -> !a.supplementalLists().isEmpty()).count();
    for (Applicant a : sim.market().applicants()) {
      for (SupplementalList list : a.supplementalLists()) {
        assertTrue(a.rankOrderList().containsAll(list.linkedTo()), a.id());
      }
    }
    assertTrue(withSupplemental > 0, "applicants to advanced programs rank PGY-1 years on supplemental lists");
  }
}

package io.github.matchsim.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SOAP by hand on a small case, and its properties on generated markets after Roth–Peranson. */
class SoapTest {
  @Test
  void offersGoByPreferenceAndApplicantsTakeTheirBestOffer() {
    Market market = new Market(
        List.of(new Program("P", ProgramType.CATEGORICAL, 2, List.of()), new Program("Q", ProgramType.CATEGORICAL, 1, List.of())),
        List.of(new Applicant("a", "US_MD", List.of(), List.of()), new Applicant("b", "US_MD", List.of(), List.of()),
            new Applicant("c", "NON_US_IMG", List.of(), List.of())),
        List.of());
    Matching nobody = Matching.of(market, Map.of(), Map.of());
    SoapApplications applications = new SoapApplications(
        Map.of("a", List.of("Q", "P"), "b", List.of("Q", "P"), "c", List.of("P")),
        Map.of("P", List.of("a", "b", "c"), "Q", List.of("b", "a")));
    SoapResult result = Soap.nrmp().run(nobody, applications);
    // Round 1: P offers a and b, Q offers b; b takes Q (its first application), a takes P.
    // Round 2: P's last vacancy goes to c (b turned P down). Round 3 makes no offer.
    assertEquals(List.of(new SoapResult.Placement("b", "Q", 1), new SoapResult.Placement("a", "P", 1),
        new SoapResult.Placement("c", "P", 2)).stream().sorted(SoapTest::byApplicant).toList(),
        result.placements().stream().sorted(SoapTest::byApplicant).toList());
    assertEquals(List.of(new SoapResult.Round(1, 3, 2, 1), new SoapResult.Round(2, 1, 1, 0), new SoapResult.Round(3, 0, 0, 0)),
        result.rounds());
    assertEquals(3, result.vacancies());
    assertEquals(3, result.filled());
  }

  private static int byApplicant(SoapResult.Placement x, SoapResult.Placement y) {
    return x.applicant().compareTo(y.applicant());
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nobodyTwiceNoProgramOverFilledOffersOnlyToApplicantsAndTheSameEveryTime(long seed) {
    Market market = MarketGenerator.builder().applicants(300).coupleShare(0.05).programTypeShares(0.1, 0.2)
        .reversionShare(0.05).build().generate(seed);
    Matching main = RothPeransonMatching.builder().build().match(market).matching();
    Soap soap = Soap.builder().applications(10).build();
    SoapApplications applications = SoapApplications.fromMainMatch(main, 10, seed);
    SoapResult result = soap.run(main, applications);

    Set<String> placed = new HashSet<>();
    Map<String, Integer> filled = new HashMap<>();
    for (SoapResult.Placement p : result.placements()) {
      assertTrue(placed.add(p.applicant()), "placed once: " + p.applicant());
      filled.merge(p.program(), 1, Integer::sum);
      assertTrue(applications.applied().get(p.applicant()).subList(0, Math.min(10,
          applications.applied().get(p.applicant()).size())).contains(p.program()), "applied there: " + p);
      main.assignmentOf(p.applicant()).ifPresent(held -> {
        assertTrue(market.program(held.program()).orElseThrow().type().isAdvanced() && held.pgy1Program() == null,
            "only the unmatched and those seeking a PGY-1 year: " + p);
        assertTrue(market.program(p.program()).orElseThrow().type().isPgy1Year(), "a PGY-1 year: " + p);
      });
    }
    filled.forEach((program, n) -> assertTrue(
        n <= main.finalPositionsOf(program) - main.holdersOf(program).size(), "not over its vacancies: " + program));
    Map<String, Map<Integer, List<SoapResult.Offer>>> byApplicantAndRound = new HashMap<>();
    for (SoapResult.Offer offer : result.offers()) {
      assertTrue(applications.applied().get(offer.applicant()).contains(offer.program()), "offers only to applicants");
      byApplicantAndRound.computeIfAbsent(offer.applicant(), k -> new HashMap<>())
          .computeIfAbsent(offer.round(), k -> new java.util.ArrayList<>()).add(offer);
    }
    byApplicantAndRound.forEach((applicant, rounds) -> rounds.values().forEach(offers -> {
      List<SoapResult.Offer> taken = offers.stream().filter(SoapResult.Offer::accepted).toList();
      assertTrue(taken.size() <= 1, "at most one acceptance a round");
      List<String> order = applications.applied().get(applicant);
      taken.forEach(t -> assertTrue(offers.stream().allMatch(o -> order.indexOf(t.program()) <= order.indexOf(o.program())),
          "the best offer taken"));
    }));
    assertTrue(result.applicants() == 0 || result.filled() > 0, "someone who applied gets a position");
    assertEquals(result, soap.run(main, SoapApplications.fromMainMatch(main, 10, seed)), "the same every time");
    assertEquals(result.vacancies() - result.rounds().get(result.rounds().size() - 1).vacanciesLeft(), result.filled());
  }
}

package io.github.matchsim.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FocalApplicantTest {
  private static final List<Double> SPREAD = List.of(100.0, 75.0, 50.0, 25.0, 0.0);

  private static MarketGenerator.Builder base() {
    return MarketGenerator.builder().applicants(1500).programs(200).specialties(4).coupleShare(0.04)
        .programTypeShares(0.1, 0.1).reversionShare(0.05).group("US_MD", 3, 1, null).group("NON_US_IMG", 1, -0.5, null);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theRestOfTheMarketIsTheSameWithAndWithoutFocalApplicants(long seed) {
    Market without = base().build().generate(seed);
    Market with = base().focalApplicant(new FocalApplicant("YOU1", "NON_US_IMG", 50, SPREAD))
        .focalApplicant(new FocalApplicant("YOU2", "US_MD", Double.NaN, SPREAD)).build().generate(seed);
    assertEquals(without.applicants(), with.applicants().subList(0, without.applicants().size()));
    assertEquals(without.couples(), with.couples());
    for (int p = 0; p < without.programs().size(); p++) {
      Program a = without.programs().get(p);
      Program b = with.programs().get(p);
      assertEquals(a.positions(), b.positions());
      assertEquals(a.reversions(), b.reversions());
      List<String> others = new ArrayList<>(b.rankOrderList());
      others.removeIf(id -> id.startsWith("YOU"));
      assertEquals(a.rankOrderList(), others, "program " + a.id() + ", seed " + seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theListHoldsCategoricalProgramsOfOneSpecialtyInTheOrderOfTheirPercentiles(long seed) {
    // With programQualityWeight 1 every applicant orders programs by their common quality, so the
    // focal list's order can be read off the other applicants' lists.
    Market market = base().programQualityWeight(1)
        .focalApplicant(new FocalApplicant("YOU", "US_MD", 50, SPREAD)).build().generate(seed);
    Applicant you = market.applicants().get(market.applicantIndex("YOU"));
    List<String> list = you.rankOrderList();
    assertEquals(SPREAD.size(), list.size());
    assertEquals(SPREAD.size(), new HashSet<>(list).size(), "distinct programs");
    Set<Integer> specialties = new HashSet<>();
    for (String id : list) {
      Program program = market.programs().get(Integer.parseInt(id.substring(1)));
      assertEquals(ProgramType.CATEGORICAL, program.type(), id);
      assertTrue(program.rankOrderList().contains("YOU"), "ranked back by " + id);
      specialties.add(Integer.parseInt(id.substring(1)) % 4);
    }
    assertEquals(1, specialties.size(), "one specialty: " + list);
    int agreeing = 0;
    for (Applicant other : market.applicants()) {
      List<String> ranked = new ArrayList<>(other.rankOrderList());
      ranked.retainAll(list);
      for (int i = 0; i + 1 < ranked.size(); i++) {
        assertTrue(list.indexOf(ranked.get(i)) < list.indexOf(ranked.get(i + 1)), other.id() + " orders " + ranked);
        agreeing++;
      }
    }
    assertTrue(agreeing > 0, "some applicant ranks two of the focal programs");
  }

  @Test
  void aHigherScorePercentileStandsHigherOnProgramsLists() {
    double low = 0;
    double high = 0;
    for (long seed = 1; seed <= 10; seed++) {
      MarketGenerator.Builder builder = base().applicantScoreWeight(1);
      Market lowMarket = builder.focalApplicant(new FocalApplicant("YOU", "US_MD", 5, SPREAD)).build().generate(seed);
      Market highMarket = base().applicantScoreWeight(1)
          .focalApplicant(new FocalApplicant("YOU", "US_MD", 95, SPREAD)).build().generate(seed);
      low += meanStanding(lowMarket);
      high += meanStanding(highMarket);
    }
    assertTrue(high / 10 < 0.3 && low / 10 > 0.7, "relative place on programs' lists: 95th " + high / 10 + ", 5th " + low / 10);
  }

  /** The mean relative place (0 top, 1 bottom) of YOU on the lists of the programs it ranks. */
  private static double meanStanding(Market market) {
    List<String> list = market.applicants().get(market.applicantIndex("YOU")).rankOrderList();
    double sum = 0;
    for (String id : list) {
      List<String> ranking = market.programs().get(Integer.parseInt(id.substring(1))).rankOrderList();
      sum += (double) ranking.indexOf("YOU") / Math.max(1, ranking.size() - 1);
    }
    return sum / list.size();
  }

  @Test
  void percentilesBecomeNormalScores() {
    assertEquals(0, NormalQuantile.of(0.5), 1e-9);
    assertEquals(1.959964, NormalQuantile.of(0.975), 1e-6);
    assertEquals(-1.959964, NormalQuantile.of(0.025), 1e-6);
    assertEquals(1.0, NormalQuantile.of(0.8413447461), 1e-6);
    assertEquals(-3.090232, NormalQuantile.of(0.001), 1e-6);
    assertEquals(4.264891, NormalQuantile.of(0.99999), 1e-5);
  }

  @Test
  void badProfilesAreRefusedWithTheirReason() {
    assertThrows(IllegalArgumentException.class, () -> new FocalApplicant("A12", "US_MD", 50, SPREAD));
    assertThrows(IllegalArgumentException.class, () -> new FocalApplicant("YOU", "US_MD", 100, SPREAD));
    assertThrows(IllegalArgumentException.class, () -> new FocalApplicant("YOU", "US_MD", 50, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new FocalApplicant("YOU", "US_MD", 50, List.of(101.0)));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> base().focalApplicant(new FocalApplicant("YOU", "DO", 50, SPREAD)).build());
    assertTrue(unknown.getMessage().contains("'DO'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> base().focalApplicant(new FocalApplicant("YOU", "US_MD", 50, SPREAD))
        .focalApplicant(new FocalApplicant("YOU", "US_MD", 50, SPREAD)));
  }
}

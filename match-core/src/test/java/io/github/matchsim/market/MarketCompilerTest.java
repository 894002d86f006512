package io.github.matchsim.market;

import io.github.matchsim.engine.IntMarket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.testkit.Markets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The compiled arrays say exactly what the market's lists say, less the entries that are not mutual. */
class MarketCompilerTest {
  static LongStream seeds() {
    return Markets.seeds(200);
  }

  static Market fullMarket(long seed) {
    return seed % 2 == 0 ? Markets.tinyFull(seed) : MarketGenerator.builder()
        .applicants(300).programs(40).coupleShare(0.1).programTypeShares(0.15, 0.25)
        .reversionShare(0.2).programRankShare(0.7).group("US_MD", 1).group("US_IMG", 1)
        .build().generate(seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void compiledListsAreTheMutualEntriesInOrder(long seed) {
    Market market = fullMarket(seed);
    IntMarket compiled = IntMarket.of(market);
    assertEquals(market.programs().size(), compiled.programCount());
    assertEquals(market.applicants().size(), compiled.applicantCount());
    assertEquals(market.couples().size(), compiled.coupleCount());

    for (int p = 0; p < compiled.programCount(); p++) {
      Program program = market.programs().get(p);
      assertEquals(program.id(), compiled.programId(p));
      assertEquals(program.positions(), compiled.positions(p));
      List<String> expected = new ArrayList<>();
      for (String a : program.rankOrderList()) {
        if (ranks(market, a).contains(program.id())) {
          expected.add(a);
        }
      }
      List<String> actual = new ArrayList<>();
      for (int j = compiled.programListStart(p); j < compiled.programListEnd(p); j++) {
        actual.add(compiled.applicantId(compiled.applicantAt(j)));
      }
      assertEquals(expected, actual, "program " + program.id());
      List<String> receivers = new ArrayList<>();
      for (int k = compiled.reversionStart(p); k < compiled.reversionEnd(p); k++) {
        receivers.add(compiled.programId(compiled.reversionReceiver(k)) + ":" + compiled.reversionPositions(k));
      }
      assertEquals(program.reversions().stream().map(r -> r.to() + ":" + r.positions()).toList(), receivers);
    }

    for (int a = 0; a < compiled.applicantCount(); a++) {
      Applicant applicant = market.applicants().get(a);
      List<String> expected = applicant.rankOrderList().stream()
          .filter(p -> market.program(p).orElseThrow().rankOrderList().contains(applicant.id())).toList();
      List<String> actual = new ArrayList<>();
      for (int i = compiled.applicantListStart(a); i < compiled.applicantListEnd(a); i++) {
        actual.add(compiled.programId(compiled.programAt(i)));
        assertEquals(compiled.programRankOf(compiled.programAt(i), a), compiled.programRankAt(i));
      }
      assertEquals(expected, actual, "applicant " + applicant.id());
      for (SupplementalList list : applicant.supplementalLists()) {
        for (String advanced : list.linkedTo()) {
          int s = compiled.supplementalListFor(a, market.programIndex(advanced));
          List<String> kept = new ArrayList<>();
          for (int i = compiled.supplementalListStart(s); i < compiled.supplementalListEnd(s); i++) {
            kept.add(compiled.programId(compiled.supplementalProgramAt(i)));
            assertEquals(compiled.programRankOf(compiled.supplementalProgramAt(i), a),
                compiled.supplementalProgramRankAt(i));
          }
          assertEquals(list.rankOrderList().stream()
              .filter(q -> market.program(q).orElseThrow().rankOrderList().contains(applicant.id()))
              .toList(), kept);
        }
      }
    }

    for (int c = 0; c < compiled.coupleCount(); c++) {
      Couple couple = market.couples().get(c);
      List<ProgramPair> expected = couple.rankOrderList().stream().filter(pair -> usable(market, couple, pair)).toList();
      List<ProgramPair> actual = new ArrayList<>();
      for (int k = compiled.coupleListStart(c); k < compiled.coupleListEnd(c); k++) {
        String[] sides = new String[2];
        for (int m = 0; m < 2; m++) {
          int p = compiled.pairProgram(k, m);
          sides[m] = p < 0 ? null : compiled.programId(p);
          assertEquals(p < 0 ? -1 : compiled.programRankOf(p, compiled.coupleMember(c, m)),
              compiled.pairProgramRank(k, m));
        }
        actual.add(new ProgramPair(sides[0], sides[1]));
      }
      assertEquals(expected, actual, "couple " + couple.id());
    }
  }

  /** Every program the applicant ranks on any list: primary, supplemental, its side of a couple's pairs. */
  private static Set<String> ranks(Market market, String applicant) {
    Applicant a = market.applicant(applicant).orElseThrow();
    Set<String> ranked = new HashSet<>(a.rankOrderList());
    a.supplementalLists().forEach(list -> ranked.addAll(list.rankOrderList()));
    for (Couple couple : market.couples()) {
      for (int m = 0; m < 2; m++) {
        if (couple.member(m).equals(applicant)) {
          for (ProgramPair pair : couple.rankOrderList()) {
            if (pair.side(m) != null) {
              ranked.add(pair.side(m));
            }
          }
        }
      }
    }
    return ranked;
  }

  private static boolean usable(Market market, Couple couple, ProgramPair pair) {
    for (int m = 0; m < 2; m++) {
      if (pair.side(m) != null
          && !market.program(pair.side(m)).orElseThrow().rankOrderList().contains(couple.member(m))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void emptyMarketsCompile() {
    IntMarket none = IntMarket.of(Market.builder().build());
    assertEquals(0, none.programCount());
    assertEquals(0, none.applicantCount());
    IntMarket programsOnly = IntMarket.of(Market.builder().program("P", ProgramType.CATEGORICAL, 3).build());
    assertEquals(0, programsOnly.programSideEntries());
  }

  /** The foundation issue asks for at most 16 bytes per list entry at NRMP-like shapes. */
  @Test
  void compiledFormTakesAtMostSixteenBytesPerListEntry() {
    IntMarket market = IntMarket.of(MarketGenerator.builder().applicants(20_000)
        .listLength(IntDistribution.uniform(10, 14)).build().generate(1));
    double bytesPerEntry = (double) market.sizeInBytes() / market.applicantSideEntries();
    assertTrue(bytesPerEntry <= 16, "bytes per entry: " + bytesPerEntry);
  }
}

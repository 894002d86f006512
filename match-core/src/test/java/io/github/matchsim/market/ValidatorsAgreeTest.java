package io.github.matchsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.generate.MarketGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator of tables ({@link MarketTables#isValid()}, which {@link Market}'s constructor asks
 * first) against the validator of lists ({@link MarketValidator}, which says what is wrong and
 * where): on generated markets with couples, supplemental lists and reversions, edited at random,
 * unknown and duplicate ids included, both say valid or both say not.
 */
class ValidatorsAgreeTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithTheValidatorOfLists(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Market market = MarketGenerator.builder().applicants(20 + (int) (seed % 60)).coupleShare(0.2)
        .programTypeShares(0.2, 0.3).supplementalShare(0.6).reversionShare(0.3).build().generate(seed);
    int valid = 0;
    int invalid = 0;
    for (int trial = 0; trial < 40; trial++) {
      List<Program> programs = new ArrayList<>(market.programs());
      List<Applicant> applicants = new ArrayList<>(market.applicants());
      List<Couple> couples = new ArrayList<>(market.couples());
      for (int edits = random.nextInt(3); edits > 0; edits--) {
        edit(programs, applicants, couples, random);
      }
      Map<String, Integer> programIndex = index(programs.stream().map(Program::id).toList());
      Map<String, Integer> applicantIndex = index(applicants.stream().map(Applicant::id).toList());
      boolean lists = MarketValidator.validate(programs, applicants, couples, programIndex, applicantIndex)
          .problems().isEmpty();
      MarketTables tables = MarketTables.of(programs, applicants, couples,
          id -> programIndex.getOrDefault(id, MarketTables.UNKNOWN),
          id -> applicantIndex.getOrDefault(id, MarketTables.UNKNOWN));
      assertEquals(lists, tables.isValid(), "trial " + trial);
      valid += lists ? 1 : 0;
      invalid += lists ? 0 : 1;
    }
    assertTrue(valid > 0 && invalid > 0, "edited markets of both kinds: " + valid + " valid, " + invalid + " not");
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  private static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  /** One edit with known ids: a type, a link, a supplemental entry, a reversion, a pair side or a list entry. */
  private static void edit(List<Program> programs, List<Applicant> applicants, List<Couple> couples,
      SplittableRandom random) {
    int p = random.nextInt(programs.size());
    Program program = programs.get(p);
    String other = random.nextInt(20) == 0 ? "NO-SUCH-ID" : pick(programs, random).id();
    switch (random.nextInt(9)) {
      case 7 -> { // an id twice
        Applicant applicant = pick(applicants, random);
        applicants.set(random.nextInt(applicants.size()), new Applicant(applicant.id(), null, List.of()));
      }
      case 8 -> { // a couple member unknown, or the same applicant twice
        if (!couples.isEmpty()) {
          int c = random.nextInt(couples.size());
          Couple couple = couples.get(c);
          couples.set(c, new Couple(couple.id(), couple.member1(),
              random.nextBoolean() ? couple.member1() : "NO-SUCH-APPLICANT", couple.rankOrderList()));
        }
      }
      case 0 -> programs.set(p, new Program(program.id(), ProgramType.values()[random.nextInt(ProgramType.values().length)],
          program.positions(), program.rankOrderList(), program.reversions()));
      case 1, 2 -> {
        int a = random.nextInt(applicants.size());
        Applicant applicant = applicants.get(a);
        if (applicant.supplementalLists().isEmpty()) {
          return;
        }
        List<SupplementalList> lists = new ArrayList<>(applicant.supplementalLists());
        int s = random.nextInt(lists.size());
        List<String> linked = new ArrayList<>(lists.get(s).linkedTo());
        List<String> ranked = new ArrayList<>(lists.get(s).rankOrderList());
        List<String> changed = random.nextBoolean() || ranked.isEmpty() ? linked : ranked;
        if (random.nextBoolean() || changed.isEmpty()) {
          changed.add(random.nextBoolean() && !changed.isEmpty() ? changed.get(0) : other);
        } else if (random.nextInt(4) == 0) {
          changed.clear();
        } else {
          changed.set(random.nextInt(changed.size()), other);
        }
        lists.set(s, new SupplementalList(linked, ranked));
        applicants.set(a, new Applicant(applicant.id(), applicant.group(), applicant.rankOrderList(), lists));
      }
      case 3, 4 -> {
        List<Reversion> reversions = new ArrayList<>(program.reversions());
        if (reversions.isEmpty() || random.nextBoolean()) {
          reversions.add(new Reversion(other, 1 + random.nextInt(3)));
        } else {
          int k = random.nextInt(reversions.size());
          reversions.set(k, random.nextBoolean() ? new Reversion(other, reversions.get(k).positions())
              : new Reversion(reversions.get(k).to(), random.nextInt(program.positions() + 3) - 1));
        }
        programs.set(p, new Program(program.id(), program.type(), program.positions(), program.rankOrderList(), reversions));
      }
      case 5 -> {
        if (couples.isEmpty()) {
          return;
        }
        int c = random.nextInt(couples.size());
        Couple couple = couples.get(c);
        List<ProgramPair> pairs = new ArrayList<>(couple.rankOrderList());
        if (pairs.isEmpty()) {
          return;
        }
        int k = random.nextInt(pairs.size());
        pairs.set(k, random.nextBoolean() ? new ProgramPair(other, pairs.get(k).second())
            : new ProgramPair(pairs.get(k).first(), random.nextBoolean() ? null : other));
        couples.set(c, new Couple(couple.id(), couple.member1(), couple.member2(), pairs));
      }
      default -> {
        int a = random.nextInt(applicants.size());
        Applicant applicant = applicants.get(a);
        List<String> list = new ArrayList<>(applicant.rankOrderList());
        list.add(list.isEmpty() || random.nextBoolean() ? other : list.get(0));
        applicants.set(a, new Applicant(applicant.id(), applicant.group(), list, applicant.supplementalLists()));
      }
    }
  }
}

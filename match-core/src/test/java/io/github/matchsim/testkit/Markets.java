package io.github.matchsim.testkit;

import io.github.matchsim.generate.IntDistribution;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** Seeded markets of several shapes for property tests; the seed alone decides the market. */
public final class Markets {
  private Markets() {}

  /**
   * Seeds {@code 1..count}, for {@code @MethodSource}. Starting at 1 makes the invocation index
   * that Surefire prints on the console ({@code [16]}) equal to the seed; the reports carry the
   * display name ({@code seed 16}).
   */
  public static LongStream seeds(int count) {
    return LongStream.rangeClosed(1, count);
  }

  /**
   * A market without couples, supplemental lists or reversions, of a shape chosen by the seed:
   * tiny, small, medium, scarce or plentiful positions, short or complete lists, uniform or
   * correlated preferences, programs that rank only some of their applicants.
   */
  public static Market simple(long seed) {
    SplittableRandom shape = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
    MarketGenerator.Builder builder = MarketGenerator.builder();
    switch ((int) (seed % 6)) {
      case 0 -> builder.applicants(shape.nextInt(2, 9)).programs(shape.nextInt(1, 5))
          .positions(IntDistribution.uniform(0, 3)).listLength(IntDistribution.uniform(0, 4));
      case 1 -> builder.applicants(shape.nextInt(10, 80)).programs(shape.nextInt(3, 20))
          .positions(IntDistribution.uniform(1, 4)).listLength(IntDistribution.uniform(1, 8));
      case 2 -> builder.applicants(shape.nextInt(200, 1200))
          .listLength(IntDistribution.uniform(5, 15));
      case 3 -> builder.applicants(shape.nextInt(50, 300)).programs(shape.nextInt(5, 30))
          .positions(IntDistribution.uniform(0, 3)).listLength(IntDistribution.uniform(3, 10))
          .programRankShare(0.6);
      case 4 -> { // complete lists, one position each: the classic marriage market
        int n = shape.nextInt(10, 60);
        builder.applicants(n).programs(n).positions(IntDistribution.constant(1))
            .listLength(IntDistribution.constant(n)).candidateFactor(1);
      }
      default -> builder.applicants(shape.nextInt(30, 400)).programs(shape.nextInt(5, 60))
          .positions(IntDistribution.uniform(2, 20)).listLength(IntDistribution.uniform(2, 12))
          .programRankShare(0.85);
    }
    builder.programQualityWeight(shape.nextDouble()).applicantScoreWeight(shape.nextDouble());
    builder.group("US_MD", 3).group("NON_US_IMG", 1);
    return builder.build().generate(seed);
  }

  /** A tiny market (at most {@code maxApplicants} applicants, short lists) without couples. */
  public static Market tinySimple(long seed, int maxApplicants) {
    SplittableRandom shape = new SplittableRandom(seed * 31 + 7);
    return MarketGenerator.builder()
        .applicants(shape.nextInt(2, maxApplicants + 1))
        .programs(shape.nextInt(1, 5))
        .positions(IntDistribution.uniform(0, 2))
        .listLength(IntDistribution.uniform(0, 3))
        .programRankShare(shape.nextBoolean() ? 1 : 0.7)
        .programQualityWeight(shape.nextDouble())
        .applicantScoreWeight(shape.nextDouble())
        .build()
        .generate(seed);
  }

  /**
   * A tiny market with, depending on the seed, couples, advanced and preliminary programs with
   * supplemental lists, and programs that rank only some applicants.
   */
  public static Market tinyFull(long seed) {
    SplittableRandom shape = new SplittableRandom(seed * 131 + 3);
    return MarketGenerator.builder()
        .applicants(shape.nextInt(2, 7))
        .programs(shape.nextInt(2, 5))
        .positions(IntDistribution.uniform(0, 2))
        .listLength(IntDistribution.uniform(1, 3))
        .candidateFactor(1.5)
        .coupleShare(shape.nextInt(3) == 0 ? 0 : 0.6)
        .programTypeShares(0.3, 0.4)
        .supplementalLength(IntDistribution.uniform(1, 2))
        .programRankShare(shape.nextBoolean() ? 1 : 0.7)
        .build()
        .generate(seed);
  }

  /**
   * A tiny market of singles and couples only (no supplemental lists, no reversions), with
   * 0-position programs and programs that rank only some applicants: what the sequential couples
   * algorithm and the exact search handle.
   */
  public static Market tinySinglesAndCouples(long seed) {
    SplittableRandom shape = new SplittableRandom(seed * 17 + 5);
    return MarketGenerator.builder()
        .applicants(shape.nextInt(2, 8))
        .programs(shape.nextInt(1, 5))
        .positions(IntDistribution.uniform(0, 2))
        .listLength(IntDistribution.uniform(1, 3))
        .candidateFactor(1.5)
        .coupleShare(shape.nextInt(4) == 0 ? 0 : 0.6)
        .programRankShare(shape.nextBoolean() ? 1 : 0.7)
        .build()
        .generate(seed);
  }

  /** The same market with its programs, applicants and couples listed in a shuffled order. */
  public static Market shuffled(Market market, long seed) {
    Random random = new Random(seed);
    List<Program> programs = new ArrayList<>(market.programs());
    List<Applicant> applicants = new ArrayList<>(market.applicants());
    List<Couple> couples = new ArrayList<>(market.couples());
    Collections.shuffle(programs, random);
    Collections.shuffle(applicants, random);
    Collections.shuffle(couples, random);
    return new Market(programs, applicants, couples);
  }
}

package io.github.matchsim.io;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a result file ({@code result/1} of {@code formats.md}) holds, independent of the market it
 * came from: a result can be written, read back equal, and checked against its market.
 *
 * @param algorithm the algorithm's name
 * @param status how the run ended
 * @param assignments matched applicants, with original 1-based ranks
 * @param unmatched ids of the applicants without a position
 * @param programs per program: final positions, filled positions and net reverted positions
 * @param blocking the blocking coalitions of the matching
 * @param statistics figures of the run, by name, in a fixed order
 */
public record ResultDocument(
    String algorithm,
    MatchStatus status,
    List<Assignment> assignments,
    List<String> unmatched,
    List<ProgramOutcome> programs,
    List<BlockingCoalition> blocking,
    Map<String, Long> statistics) {

  /**
   * One program's outcome. Reversions are reported net: a program in the middle of a chain that
   * received 2 positions and passed 1 on shows {@code revertedIn} 1.
   *
   * @param id the program's id
   * @param positions positions after reversions
   * @param filled positions held, primary and PGY-1
   * @param revertedIn positions gained by reversions, net
   * @param revertedOut positions lost by reversions, net
   */
  public record ProgramOutcome(String id, int positions, int filled, int revertedIn, int revertedOut) {
    public ProgramOutcome {
      Objects.requireNonNull(id, "id");
    }
  }

  public ResultDocument {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(status, "status");
    assignments = List.copyOf(assignments);
    unmatched = List.copyOf(unmatched);
    programs = List.copyOf(programs);
    blocking = List.copyOf(blocking);
    statistics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
  }

  /** The document of a result. */
  public static ResultDocument of(MatchResult result) {
    Matching matching = result.matching();
    CompiledMarket market = matching.market();
    List<ProgramOutcome> programs = new ArrayList<>(market.programCount());
    for (int p = 0; p < market.programCount(); p++) {
      int change = matching.finalPositions(p) - market.positions(p);
      programs.add(new ProgramOutcome(market.programId(p), matching.finalPositions(p), matching.filled(p),
          Math.max(0, change), Math.max(0, -change)));
    }
    MatchStatistics s = result.statistics();
    Map<String, Long> statistics = new LinkedHashMap<>();
    statistics.put("proposals", s.proposals());
    statistics.put("applicants", (long) s.applicants());
    statistics.put("matched", (long) s.matched());
    statistics.put("positions", s.positions());
    statistics.put("filledPositions", s.filledPositions());
    statistics.put("partialMatches", (long) s.partialMatches());
    statistics.put("coupleWithdrawals", s.coupleWithdrawals());
    statistics.put("reactivations", s.reactivations());
    statistics.put("revertedPositions", s.revertedPositions());
    statistics.put("cycles", (long) s.cycles());
    statistics.put("retries", (long) s.retries());
    return new ResultDocument(result.algorithm(), result.status(), matching.assignments(), matching.unmatched(),
        programs, result.blocking(), statistics);
  }

  /**
   * The matching this document describes, over a compiled market.
   *
   * @throws IllegalArgumentException naming the first id the market does not have
   */
  public Matching toMatching(CompiledMarket compiled) {
    Market market = compiled.market();
    int[] primary = new int[compiled.applicantCount()];
    int[] pgy1 = new int[compiled.applicantCount()];
    Arrays.fill(primary, CompiledMarket.NO_PROGRAM);
    Arrays.fill(pgy1, CompiledMarket.NO_PROGRAM);
    for (Assignment assignment : assignments) {
      int a = index(market.applicantIndex(assignment.applicant()), "applicant", assignment.applicant());
      primary[a] = index(market.programIndex(assignment.program()), "program", assignment.program());
      if (assignment.pgy1Program() != null) {
        pgy1[a] = index(market.programIndex(assignment.pgy1Program()), "program", assignment.pgy1Program());
      }
    }
    int[] positions = new int[compiled.programCount()];
    for (int p = 0; p < positions.length; p++) {
      positions[p] = compiled.positions(p);
    }
    for (ProgramOutcome outcome : programs) {
      positions[index(market.programIndex(outcome.id()), "program", outcome.id())] = outcome.positions();
    }
    return new Matching(compiled, primary, pgy1, positions);
  }

  private static int index(int index, String kind, String id) {
    if (index < 0) {
      throw new IllegalArgumentException("the result names " + kind + " \"" + id + "\", which the market does not have");
    }
    return index;
  }
}

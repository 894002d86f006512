package io.github.matchsim.io;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.BlockingCoalition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a result file ({@code result/1} of {@code docs/formats.md}) holds, independent of the market it
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
    IntMatching matching = IntMatching.of(result.matching());
    IntMarket market = matching.market();
    List<ProgramOutcome> programs = new ArrayList<>(market.programCount());
    for (int p = 0; p < market.programCount(); p++) {
      programs.add(outcome(matching, p));
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
   * The matching this document describes, over a compiled market, trusting nothing in the
   * document but its assignments: positions come from the market and its reversions ({@link
   * Matching#of}), every applicant must appear exactly once in {@code assignments} or
   * {@code unmatched}, and the ranks and every entry of the {@code programs} section must agree
   * with the market and the assignments.
   *
   * @param file names the document in messages
   * @throws InvalidFileException naming, by JSON path, every id the market does not have, every
   *     applicant missing or listed twice, and every rank or program figure that disagrees
   */
  public Matching toMatching(CompiledMarket handle, String file) throws InvalidFileException {
    IntMarket compiled = IntMarket.of(handle);
    Market market = compiled.market();
    List<FileProblem> problems = new ArrayList<>();
    int[] primary = new int[compiled.applicantCount()];
    int[] pgy1 = new int[compiled.applicantCount()];
    Arrays.fill(primary, IntMarket.NO_PROGRAM);
    Arrays.fill(pgy1, IntMarket.NO_PROGRAM);
    String[] seenAt = new String[compiled.applicantCount()];
    for (int i = 0; i < assignments.size(); i++) {
      Assignment assignment = assignments.get(i);
      String path = "$.assignments[" + i + "]";
      int a = market.applicantIndex(assignment.applicant());
      int p = market.programIndex(assignment.program());
      int q = assignment.pgy1Program() == null ? IntMarket.NO_PROGRAM : market.programIndex(assignment.pgy1Program());
      if (a < 0) {
        problems.add(unknown(file, path + ".applicant", "applicant", assignment.applicant()));
      } else if (once(file, path + ".applicant", a, seenAt, assignment.applicant(), problems)) {
        primary[a] = Math.max(p, IntMarket.NO_PROGRAM);
        pgy1[a] = Math.max(q, IntMarket.NO_PROGRAM);
      }
      if (p < 0) {
        problems.add(unknown(file, path + ".program", "program", assignment.program()));
      }
      if (assignment.pgy1Program() != null && q < 0) {
        problems.add(unknown(file, path + ".pgy1Program", "program", assignment.pgy1Program()));
      }
    }
    for (int i = 0; i < unmatched.size(); i++) {
      String path = "$.unmatched[" + i + "]";
      int a = market.applicantIndex(unmatched.get(i));
      if (a < 0) {
        problems.add(unknown(file, path, "applicant", unmatched.get(i)));
      } else {
        once(file, path, a, seenAt, unmatched.get(i), problems);
      }
    }
    List<String> missing = new ArrayList<>();
    for (int a = 0; a < seenAt.length; a++) {
      if (seenAt[a] == null) {
        missing.add(compiled.applicantId(a));
      }
    }
    if (!missing.isEmpty()) {
      problems.add(new FileProblem(file, "$.unmatched", missing.size() + (missing.size() == 1 ? " applicant of the market"
          + " appears" : " applicants of the market appear") + " neither in assignments nor in unmatched: \"" + String.join("\", \"",
              missing.subList(0, Math.min(5, missing.size()))) + "\"" + (missing.size() > 5 ? ", ..." : "")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    IntMatching matching = IntMatching.withReversions(compiled, primary, pgy1);
    checkRanks(matching, file, problems);
    checkPrograms(matching, file, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return matching;
  }

  /** Records where applicant {@code a} appears; reports a second appearance. */
  private static boolean once(String file, String path, int a, String[] seenAt, String id, List<FileProblem> problems) {
    if (seenAt[a] != null) {
      problems.add(new FileProblem(file, path, "applicant \"" + id + "\" appears twice (also at " + seenAt[a] + ")"));
      return false;
    }
    seenAt[a] = path;
    return true;
  }

  private static FileProblem unknown(String file, String path, String kind, String id) {
    return new FileProblem(file, path, kind + " \"" + id + "\" is not in the market");
  }

  private void checkRanks(IntMatching matching, String file, List<FileProblem> problems) {
    Market market = matching.market().market();
    for (int i = 0; i < assignments.size(); i++) {
      Assignment assignment = assignments.get(i);
      int a = market.applicantIndex(assignment.applicant());
      if (assignment.rank() != matching.rankOf(a)) {
        problems.add(new FileProblem(file, "$.assignments[" + i + "].rank", "rank " + assignment.rank()
            + " disagrees with the market, where this position is rank " + matching.rankOf(a)
            + " (0: not on the list)"));
      }
      if (assignment.pgy1Rank() != matching.pgy1RankOf(a)) {
        problems.add(new FileProblem(file, "$.assignments[" + i + "].pgy1Rank", "PGY-1 rank " + assignment.pgy1Rank()
            + " disagrees with the market, where this position is rank " + matching.pgy1RankOf(a)
            + " (0: none, or not on a linked list)"));
      }
    }
  }

  /**
   * The programs section, where given, lists each program at most once, with the figures the
   * market and the assignments give (a program left out is not checked: the section is a report).
   */
  private void checkPrograms(IntMatching matching, String file, List<FileProblem> problems) {
    if (programs.isEmpty()) {
      return;
    }
    IntMarket compiled = matching.market();
    String[] seenAt = new String[compiled.programCount()];
    for (int i = 0; i < programs.size(); i++) {
      ProgramOutcome given = programs.get(i);
      String path = "$.programs[" + i + "]";
      int p = compiled.market().programIndex(given.id());
      if (p < 0) {
        problems.add(unknown(file, path + ".id", "program", given.id()));
        continue;
      }
      if (seenAt[p] != null) {
        problems.add(new FileProblem(file, path + ".id", "program \"" + given.id() + "\" appears twice (also at "
            + seenAt[p] + ")"));
        continue;
      }
      seenAt[p] = path;
      ProgramOutcome actual = outcome(matching, p);
      disagree(file, path + ".positions", "positions after reversions", given.positions(), actual.positions(), problems);
      disagree(file, path + ".filled", "filled positions", given.filled(), actual.filled(), problems);
      disagree(file, path + ".revertedIn", "positions reverted in", given.revertedIn(), actual.revertedIn(), problems);
      disagree(file, path + ".revertedOut", "positions reverted out", given.revertedOut(), actual.revertedOut(), problems);
    }
  }

  private static void disagree(String file, String path, String what, int given, int actual, List<FileProblem> problems) {
    if (given != actual) {
      problems.add(new FileProblem(file, path, what + ": the result says " + given + ", the market and the assignments give "
          + actual));
    }
  }

  /** One program's outcome in a matching. */
  static ProgramOutcome outcome(IntMatching matching, int p) {
    int change = matching.finalPositions(p) - matching.market().positions(p);
    return new ProgramOutcome(matching.market().programId(p), matching.finalPositions(p), matching.filled(p),
        Math.max(0, change), Math.max(0, -change));
  }
}

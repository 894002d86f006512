package io.github.matchsim.matching;

import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assignment of a market's applicants to its programs, in the market's terms: for each
 * applicant by id, its program, its PGY-1 program (with an advanced program) and the original
 * ranks of both; for each program by id, who holds its positions and how many positions it has
 * after reversions.
 *
 * <p>A matching need not be stable or even individually rational: {@link
 * io.github.matchsim.stability.StabilityChecker} says. Matchings come from the algorithms, from
 * the result readers of the IO module, or from {@link #of}. Instances are immutable, safe to share
 * between threads, and equal when they are over equal markets with the same assignments and final
 * positions. Only the library implements this interface.
 */
public sealed interface Matching permits IntMatching {

  /**
   * A matching given by id, with final positions derived from the assignments as {@code
   * docs/semantics.md} defines them: every donor passes the positions it leaves unfilled to its
   * receivers, in the stated order and up to the stated numbers, and received positions that stay
   * unfilled pass on along chains. This is how a checker takes a result it is given, trusting
   * nothing but its assignments.
   *
   * @param market the market
   * @param programOf per matched applicant id, the id of its primary program; applicants absent
   *     are unmatched
   * @param pgy1ProgramOf per applicant id, the id of its PGY-1 program, for applicants that hold one
   * @throws IllegalArgumentException if an id is not the market's
   */
  static Matching of(Market market, Map<String, String> programOf, Map<String, String> pgy1ProgramOf) {
    return IntMatching.ofIds(market, programOf, pgy1ProgramOf);
  }

  /** The compiled market matched; {@code market().market()} is the market itself. */
  CompiledMarket market();

  /**
   * Where applicant {@code applicantId} goes: its program, PGY-1 program and original ranks;
   * empty when it is unmatched.
   *
   * @throws IllegalArgumentException if the market has no applicant with this id
   */
  Optional<Assignment> assignmentOf(String applicantId);

  /**
   * The ids of the applicants who hold a position at program {@code programId}, primary or PGY-1,
   * in the market's order of applicants.
   *
   * @throws IllegalArgumentException if the market has no program with this id
   */
  List<String> holdersOf(String programId);

  /**
   * Program {@code programId}'s positions after reversions.
   *
   * @throws IllegalArgumentException if the market has no program with this id
   */
  int finalPositionsOf(String programId);

  /** The matched applicants' assignments, in the market's order of applicants. */
  List<Assignment> assignments();

  /** The ids of applicants without a primary position, in the market's order of applicants. */
  List<String> unmatched();

  /** The number of applicants with a primary position. */
  int matchedCount();
}

package io.github.matchsim.market;

import java.util.List;
import java.util.Objects;

/**
 * A residency program: its id, type, number of positions, rank order list of applicant ids (most
 * preferred first) and reversions (in the order they apply).
 *
 * <p>The record is immutable (its lists are copied) and rejects null; everything else, such as
 * negative positions or duplicate entries, is checked by {@link Market} so that all problems of a
 * market are reported together.
 *
 * @param id the program's unique id
 * @param type the program type
 * @param positions the number of positions offered before reversions
 * @param rankOrderList applicant ids, most preferred first
 * @param reversions where unfilled positions go, in order
 */
public record Program(
    String id, ProgramType type, int positions, List<String> rankOrderList, List<Reversion> reversions) {

  public Program {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    rankOrderList = List.copyOf(rankOrderList);
    reversions = List.copyOf(reversions);
  }

  /** A program without reversions. */
  public Program(String id, ProgramType type, int positions, List<String> rankOrderList) {
    this(id, type, positions, rankOrderList, List.of());
  }
}

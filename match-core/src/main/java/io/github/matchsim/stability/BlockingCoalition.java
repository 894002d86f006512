package io.github.matchsim.stability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A reason why a matching is not stable: an applicant, couple or program that blocks it alone
 * (individual rationality), or a coalition of applicants and programs that would all rather deviate
 * together (see {@code docs/semantics.md}).
 *
 * @param kind what kind of block this is
 * @param applicants the ids of the applicants involved (one, or the two members of a couple)
 * @param programs the ids of the programs involved; for a couple, one per member, with null for a
 *     no-match side
 * @param description a sentence that says who blocks and why, for people to read
 */
public record BlockingCoalition(
    Kind kind, List<String> applicants, List<String> programs, String description) {

  /** Kinds of blocks. */
  public enum Kind {
    /** An applicant or couple holds a position it or the program does not rank, or not on its list. */
    INDIVIDUALLY_IRRATIONAL,
    /** A program holds more applicants than its final positions. */
    OVER_CAPACITY,
    /** A single applicant and a program it prefers, which would admit it. */
    SINGLE,
    /** A couple and a pair of programs it prefers, which would admit its members. */
    COUPLE,
    /** An applicant holding an advanced position and a PGY-1 program it prefers, which would admit it. */
    SUPPLEMENTAL
  }

  public BlockingCoalition {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    applicants = List.copyOf(applicants);
    programs = Collections.unmodifiableList(new ArrayList<>(programs)); // may hold null sides
  }

  @Override
  public String toString() {
    return kind + ": " + description;
  }
}

package io.github.matchsim.market;

import java.util.List;
import java.util.Objects;

/**
 * A couple: two applicants matched jointly through one rank order list of program pairs.
 *
 * @param id the couple's unique id
 * @param member1 applicant id of member 1 (the first side of every pair)
 * @param member2 applicant id of member 2 (the second side of every pair)
 * @param rankOrderList pairs of programs, most preferred first
 */
public record Couple(String id, String member1, String member2, List<ProgramPair> rankOrderList) {
  public Couple {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member1, "member1");
    Objects.requireNonNull(member2, "member2");
    rankOrderList = List.copyOf(rankOrderList);
  }

  /** The member's applicant id: 0 for member 1, 1 for member 2. */
  public String member(int index) {
    if (index == 0) {
      return member1;
    }
    if (index == 1) {
      return member2;
    }
    throw new IllegalArgumentException("member index must be 0 or 1, not " + index);
  }
}

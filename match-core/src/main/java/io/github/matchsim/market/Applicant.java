package io.github.matchsim.market;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An applicant: id, optional group label (for statistics, such as {@code US_MD} or
 * {@code NON_US_IMG}), primary rank order list of program ids and supplemental lists.
 *
 * <p>A member of a couple has an empty primary list: its couple ranks pairs of programs instead.
 *
 * @param id the applicant's unique id
 * @param group the group label, or null when there is none
 * @param rankOrderList program ids, most preferred first
 * @param supplementalLists PGY-1 lists linked to advanced programs on the primary list
 */
public record Applicant(
    String id, String group, List<String> rankOrderList, List<SupplementalList> supplementalLists) {

  public Applicant {
    Objects.requireNonNull(id, "id");
    rankOrderList = List.copyOf(rankOrderList);
    supplementalLists = List.copyOf(supplementalLists);
  }

  /** An applicant without supplemental lists. */
  public Applicant(String id, String group, List<String> rankOrderList) {
    this(id, group, rankOrderList, List.of());
  }

  /** The group label, if any. */
  public Optional<String> groupLabel() {
    return Optional.ofNullable(group);
  }
}

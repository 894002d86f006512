package io.github.matchsim.market;

import java.util.List;

/**
 * A supplemental rank order list of PGY-1 ({@code preliminary} or {@code transitional}) programs,
 * used only while its applicant holds one of the {@code advanced} programs it is linked to.
 *
 * @param linkedTo ids of the advanced programs on the applicant's primary list that this list serves
 * @param rankOrderList ids of preliminary or transitional programs, most preferred first
 */
public record SupplementalList(List<String> linkedTo, List<String> rankOrderList) {
  public SupplementalList {
    linkedTo = List.copyOf(linkedTo);
    rankOrderList = List.copyOf(rankOrderList);
  }
}

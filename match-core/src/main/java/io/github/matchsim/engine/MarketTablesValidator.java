package io.github.matchsim.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether {@link MarketTables} describe a valid market, decided on the indices alone: the same rules
 * as the validator of markets given as lists ({@code docs/formats.md}), which says what is wrong and
 * where. This one only answers yes or no, in time linear in the lists, so that a valid market read
 * from a file never goes through strings; a market it refuses is turned back into lists and
 * validated there, for the located messages.
 *
 * <p>Supplemental lists and reversions are left to the validator of lists: a market with either
 * answers no here (see {@link #isValid}).
 */
final class MarketTablesValidator {
  private MarketTablesValidator() {}

  /**
   * Whether the tables are a valid market without supplemental lists and reversions; false for any
   * market with either, valid or not.
   */
  static boolean isValid(MarketTables t) {
    if (t.hasSupplementalListsOrReversions()) {
      return false;
    }
    if (!uniqueAndNonEmpty(t.programIds, t.programCount) || !uniqueAndNonEmpty(t.applicantIds, t.applicantCount)
        || !uniqueAndNonEmpty(t.coupleIds, t.coupleIds.length)) {
      return false;
    }
    for (int p = 0; p < t.programCount; p++) {
      if (t.positions[p] < 0) {
        return false;
      }
    }
    int[] stamp = new int[Math.max(t.programCount, t.applicantCount)];
    if (!listsValid(t.programListStart, t.programList, t.programCount, t.applicantCount, stamp)) {
      return false;
    }
    int[] coupleOf = new int[t.applicantCount];
    for (int c = 0; c < t.coupleIds.length; c++) {
      int first = t.coupleMembers[2 * c];
      int second = t.coupleMembers[2 * c + 1];
      if (first < 0 || first >= t.applicantCount || second < 0 || second >= t.applicantCount || first == second
          || coupleOf[first] != 0 || coupleOf[second] != 0) {
        return false;
      }
      coupleOf[first] = c + 1;
      coupleOf[second] = c + 1;
      if (!pairsValid(t, c)) {
        return false;
      }
    }
    for (int a = 0; a < t.applicantCount; a++) {
      if (coupleOf[a] != 0 && t.applicantListStart[a + 1] > t.applicantListStart[a]) {
        return false; // a couple member has no list of its own
      }
    }
    return listsValid(t.applicantListStart, t.applicantList, t.applicantCount, t.programCount, new int[t.programCount]);
  }

  private static boolean uniqueAndNonEmpty(String[] ids, int count) {
    Set<String> seen = new HashSet<>(Math.max(16, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      if (ids[i].isEmpty() || !seen.add(ids[i])) {
        return false;
      }
    }
    return true;
  }

  /** Every entry of every list names a defined index, at most once per list (stamped with the owner + 1). */
  private static boolean listsValid(int[] start, int[] list, int owners, int known, int[] stamp) {
    for (int o = 0; o < owners; o++) {
      for (int k = start[o]; k < start[o + 1]; k++) {
        int e = list[k];
        if (e < 0 || e >= known || stamp[e] == o + 1) {
          return false;
        }
        stamp[e] = o + 1;
      }
    }
    return true;
  }

  /** A couple's pairs: each names a program on at least one side, only defined programs, no pair twice. */
  private static boolean pairsValid(MarketTables t, int c) {
    Set<Long> seen = t.pairStart[c + 1] - t.pairStart[c] > 1 ? new HashSet<>() : null;
    for (int k = t.pairStart[c]; k < t.pairStart[c + 1]; k++) {
      int first = t.pairPrograms[2 * k];
      int second = t.pairPrograms[2 * k + 1];
      if ((first < 0 && second < 0) || first < -1 || second < -1 || first >= t.programCount || second >= t.programCount) {
        return false;
      }
      if (seen != null && !seen.add(((long) first << 32) | (second & 0xffffffffL))) {
        return false;
      }
    }
    return true;
  }
}

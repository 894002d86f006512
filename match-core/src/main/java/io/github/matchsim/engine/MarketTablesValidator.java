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
 */
final class MarketTablesValidator {
  private MarketTablesValidator() {}

  /** Whether the tables are a valid market. */
  static boolean isValid(MarketTables t) {
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
    return listsValid(t.applicantListStart, t.applicantList, t.applicantCount, t.programCount, new int[t.programCount])
        && supplementalListsValid(t, coupleOf) && reversionsValid(t);
  }

  /**
   * Each supplemental list is linked to at least one advanced program on its applicant's primary
   * list (a member's: on its side of the couple's pairs), no program twice over the applicant's
   * lists, and ranks known PGY-1 years (preliminary or transitional), none twice.
   */
  private static boolean supplementalListsValid(MarketTables t, int[] coupleOf) {
    if (t.linkedStart.length == 1) {
      return true;
    }
    int[] ranked = new int[t.programCount]; // applicant + 1 where the program is on its list or side
    int[] linked = new int[t.programCount]; // applicant + 1 where one of its lists links the program
    int[] entry = new int[t.programCount]; // list + 1 where the list ranks the program
    for (int a = 0; a < t.applicantCount; a++) {
      if (t.supplementalOf[a + 1] == t.supplementalOf[a]) {
        continue;
      }
      if (coupleOf[a] == 0) {
        for (int k = t.applicantListStart[a]; k < t.applicantListStart[a + 1]; k++) {
          ranked[t.applicantList[k]] = a + 1;
        }
      } else {
        int c = coupleOf[a] - 1;
        int m = t.coupleMembers[2 * c] == a ? 0 : 1;
        for (int k = t.pairStart[c]; k < t.pairStart[c + 1]; k++) {
          int p = t.pairPrograms[2 * k + m];
          if (p >= 0) {
            ranked[p] = a + 1;
          }
        }
      }
      for (int s = t.supplementalOf[a]; s < t.supplementalOf[a + 1]; s++) {
        if (t.linkedStart[s + 1] == t.linkedStart[s]) {
          return false; // linked to nothing
        }
        for (int k = t.linkedStart[s]; k < t.linkedStart[s + 1]; k++) {
          int p = t.linked[k];
          if (p < 0 || p >= t.programCount || !t.programTypes[p].isAdvanced() || ranked[p] != a + 1
              || linked[p] == a + 1) {
            return false;
          }
          linked[p] = a + 1;
        }
        for (int k = t.supplementalStart[s]; k < t.supplementalStart[s + 1]; k++) {
          int p = t.supplementalList[k];
          if (p < 0 || p >= t.programCount || !t.programTypes[p].isPgy1Year() || entry[p] == s + 1) {
            return false;
          }
          entry[p] = s + 1;
        }
      }
    }
    return true;
  }

  /**
   * Reversions go to another known program, each receiver once per donor, each of at least one
   * position and together no more than the donor has; they form no cycle; and no program can end
   * with more than {@link Integer#MAX_VALUE} positions.
   */
  private static boolean reversionsValid(MarketTables t) {
    if (t.reversionTo.length == 0) {
      return true;
    }
    int n = t.programCount;
    int[] receiver = new int[n]; // donor + 1 where the donor reverts to the program
    int[] incoming = new int[n];
    for (int p = 0; p < n; p++) {
      long total = 0;
      for (int k = t.reversionStart[p]; k < t.reversionStart[p + 1]; k++) {
        int to = t.reversionTo[k];
        if (to < 0 || to >= n || to == p || receiver[to] == p + 1 || t.reversionPositions[k] < 1) {
          return false;
        }
        receiver[to] = p + 1;
        incoming[to]++;
        total += t.reversionPositions[k];
      }
      if (total > Math.max(0, t.positions[p])) {
        return false;
      }
    }
    // Kahn's order: a cycle leaves programs unordered; on the way, the most each can end with.
    long[] most = new long[n];
    int[] ready = new int[n];
    int head = 0;
    int tail = 0;
    for (int p = 0; p < n; p++) {
      most[p] = Math.max(0, t.positions[p]);
      if (incoming[p] == 0) {
        ready[tail++] = p;
      }
    }
    while (head < tail) {
      int donor = ready[head++];
      if (most[donor] > Integer.MAX_VALUE) {
        return false;
      }
      for (int k = t.reversionStart[donor]; k < t.reversionStart[donor + 1]; k++) {
        int to = t.reversionTo[k];
        most[to] += Math.min(t.reversionPositions[k], most[donor]);
        if (--incoming[to] == 0) {
          ready[tail++] = to;
        }
      }
    }
    return tail == n;
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

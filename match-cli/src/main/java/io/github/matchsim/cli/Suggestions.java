package io.github.matchsim.cli;

import java.util.Collection;
import java.util.Optional;

/** The known name closest to a mistyped one, by edit distance, if it is close enough to be meant. */
final class Suggestions {
  private Suggestions() {}

  static Optional<String> closest(String typed, Collection<String> known) {
    if (typed.length() > 64) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(typed, candidate);
      if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // A third of the name may be wrong (--markt, --ouput, simulte), or the typed one is a prefix (--rep).
    boolean close = best != null && (bestDistance <= Math.max(1, best.length() / 3)
        || (typed.length() >= 4 && best.startsWith(typed)));
    return close ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, with a transposition counting once (Damerau, optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

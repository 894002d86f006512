package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published figures of the 2025 Main Residency Match that the studies put beside their
 * answers, each once, with its source.
 */
final class Published2025 {
  /** Where the figures come from, as the summaries cite it. */
  static final String SOURCE = "NRMP, Results and Data: Main Residency Match 2025";
  /** Positions filled by the algorithm, percent. */
  static final double FILLED_PERCENT = 94.3;
  /** Positions offered (PGY-1 and PGY-2), and filled by the algorithm. */
  static final int POSITIONS = 43_237;
  static final int FILLED = 40_764;
  /** Active applicants matched to a PGY-1 position, percent. */
  static final double ACTIVE_MATCHED_PERCENT = 79.8;
  /** Couples with both partners matched, percent: a range from secondary sources, not an NRMP 2025 figure. */
  static final double COUPLES_BOTH_LOW = 93;
  static final double COUPLES_BOTH_HIGH = 95;
  static final String COUPLES_SOURCE = "secondary sources quoting the NRMP (94.6% in 2011)";
  /** The real match's stability record. */
  static final String STABLE_SOURCE = "Roth and Peranson, AER 1999: the real match has ended stable every year on record";
  /** PGY-1 match rates by group, percent; the NRMP gives none for previous US graduates in our sources. */
  private static final Map<NrmpGroup, Double> MATCH_RATES = new EnumMap<>(Map.of(
      NrmpGroup.US_MD, 93.5, NrmpGroup.US_DO, 92.6, NrmpGroup.US_IMG, 67.8, NrmpGroup.NON_US_IMG, 58.0));

  private Published2025() {}

  /** The group's published PGY-1 match rate, percent. */
  static Optional<Double> matchRate(NrmpGroup group) {
    return Optional.ofNullable(MATCH_RATES.get(group));
  }

  /** The group's published match rate in a sentence with its source, or a sentence saying there is none. */
  static String matchRateSentence(NrmpGroup group) {
    return matchRate(group)
        .map(rate -> String.format(Locale.ROOT, "In 2025, %.1f%% of %s matched to a PGY-1 position (%s).", rate,
            group.description(), SOURCE))
        .orElse("The published NRMP figures we quote do not give this group's match rate.");
  }
}

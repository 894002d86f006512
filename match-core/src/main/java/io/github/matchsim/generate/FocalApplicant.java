package io.github.matchsim.generate;

import java.util.List;
import java.util.Objects;

/**
 * An applicant whose profile is fixed, added by a {@link MarketGenerator} to every market it draws:
 * the applicant of a "what are my odds" study. The rest of the market is drawn exactly as without
 * it (the focal applicant's own draws come from a separate stream), so two profiles compared under
 * one seed face the same competitors and the same programs.
 *
 * <p>The focal applicant belongs to a group of the generator, ranks programs of one specialty
 * (drawn like everyone else's, and different from the other focal applicants' where there are
 * enough specialties) and is ranked by programs like any member of its group with its score.
 *
 * @param id the applicant's id; must not look like a generated one ({@code A<n>}, {@code P<n>}, {@code C<n>})
 * @param group a group of the generator
 * @param scorePercentile where the applicant's score stands within its group, in (0, 100); NaN
 *     draws it like any member's
 * @param programPercentiles the programs ranked, most preferred first, each given by its
 *     competitiveness within the specialty as a percentile in [0, 100]: 100 is the most sought
 *     after (highest common quality), 0 the least. Categorical programs only; each percentile
 *     takes the nearest program not taken yet, and a list longer than the specialty is cut.
 */
public record FocalApplicant(String id, String group, double scorePercentile, List<Double> programPercentiles) {
  public FocalApplicant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    if (id.isBlank() || id.matches("[APC]\\d+")) {
      throw new IllegalArgumentException("focal applicant id must not be blank or look like a generated id: '" + id + "'");
    }
    if (!Double.isNaN(scorePercentile) && !(scorePercentile > 0 && scorePercentile < 100)) {
      throw new IllegalArgumentException("scorePercentile must be in (0, 100) or NaN, not " + scorePercentile);
    }
    programPercentiles = List.copyOf(programPercentiles);
    if (programPercentiles.isEmpty()) {
      throw new IllegalArgumentException("a focal applicant must rank at least one program");
    }
    for (double percentile : programPercentiles) {
      if (!(percentile >= 0 && percentile <= 100)) {
        throw new IllegalArgumentException("program percentiles must be in [0, 100], not " + percentile);
      }
    }
  }
}

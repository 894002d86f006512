package io.github.matchsim.simulator.market;

import io.github.matchsim.generate.NrmpGroup;
import java.util.List;
import java.util.Objects;

/**
 * An applicant whose profile is fixed, added by {@link NationalMarketModel} to every market it
 * draws: the applicant of a "what are my odds" study. Its own draws (home region, where its
 * applications go) come from a stream of their own, and every noise of the market is a function
 * of the applicant and program it concerns, so the rest of the market is drawn as without it: two
 * profiles compared under one seed face the same competitors and programs.
 *
 * <p>It either applies, and goes through interviews like everyone else ({@link #applying}), or
 * comes with interviews already held at programs of its specialty ({@link #interviewed}), which
 * it ranks in the order given and which rank it back like any interviewee of its strength.
 *
 * @param id its id; must not look like a drawn one ({@code A<n>}, {@code P<n>}, {@code C<n>})
 * @param group its group
 * @param standingPercentile where its strength stands among its group's applicants in the same
 *     market, in (0, 100)
 * @param specialty the name of the specialty it applies to, one of the model's (not a PGY-1 year);
 *     if the specialty has advanced positions it applies to PGY-1 years too, like anyone else
 * @param applications the programs it applies to; 0 when it comes with interviews
 * @param visa the visa it needs; it applies and interviews only where that visa is taken
 * @param interviews the programs that interviewed it, in its order of preference, each as the
 *     percentile of its standing among the specialty's programs that take the visa (100 the most
 *     sought after); empty when it applies
 * @param pgy1Applications of its applications, those it sends to preliminary and transitional
 *     years; -1 to do as anyone in its specialty (a share of them in a specialty with advanced
 *     positions, none otherwise)
 */
public record FocalApplicant(String id, NrmpGroup group, double standingPercentile, String specialty, int applications,
    Visa visa, List<Double> interviews, int pgy1Applications) {

  public FocalApplicant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(visa, "visa");
    if (id.isBlank() || id.matches("[APC]\\d+")) {
      throw new IllegalArgumentException("a focal applicant's id must not be blank or look like a drawn one: '" + id + "'");
    }
    if (!(standingPercentile > 0 && standingPercentile < 100)) {
      throw new IllegalArgumentException("the standing percentile must be above 0 and below 100, not " + standingPercentile);
    }
    interviews = List.copyOf(interviews);
    if (pgy1Applications < -1 || pgy1Applications > applications) {
      throw new IllegalArgumentException("applications to PGY-1 years must be from 0 to the " + applications
          + " applications (or -1: as anyone in the specialty), not " + pgy1Applications);
    }
    if (interviews.isEmpty() == (applications == 0) || applications < 0) {
      throw new IllegalArgumentException("a focal applicant either applies to at least one program or comes with"
          + " interviews, not " + applications + " applications and " + interviews.size() + " interviews");
    }
    for (double percentile : interviews) {
      if (!(percentile >= 0 && percentile <= 100)) {
        throw new IllegalArgumentException("an interview's percentile must be from 0 to 100, not " + percentile);
      }
    }
  }

  /** An applicant who sends {@code applications} applications in {@code specialty}. */
  public static FocalApplicant applying(String id, NrmpGroup group, double standingPercentile, String specialty,
      int applications, Visa visa) {
    if (applications < 1) {
      throw new IllegalArgumentException("at least one application, not " + applications);
    }
    return new FocalApplicant(id, group, standingPercentile, specialty, applications, visa, List.of(), -1);
  }

  /** An applicant who holds interviews at programs of {@code specialty} of these standing percentiles. */
  public static FocalApplicant interviewed(String id, NrmpGroup group, double standingPercentile, String specialty,
      Visa visa, List<Double> interviews) {
    if (interviews.isEmpty()) {
      throw new IllegalArgumentException("at least one interview");
    }
    return new FocalApplicant(id, group, standingPercentile, specialty, 0, visa, interviews, -1);
  }

  /**
   * The same applicant sending {@code count} of its applications to preliminary and transitional
   * years (ranked below its specialty's programs, or on a supplemental list beside advanced ones),
   * whatever its specialty.
   */
  public FocalApplicant withPgy1Applications(int count) {
    return new FocalApplicant(id, group, standingPercentile, specialty, applications, visa, interviews, count);
  }

  /** Whether it comes with interviews instead of applying. */
  public boolean comesWithInterviews() {
    return !interviews.isEmpty();
  }
}

package io.github.matchsim.algorithm;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Soap} run did.
 *
 * @param vacancies positions the main match left unfilled, offered in SOAP
 * @param applicants eligible applicants with at least one usable application
 * @param placements who accepted which program in which round, in the order offers were answered
 * @param offers every offer made, with whether it was accepted
 * @param rounds per round: offers made, accepted, vacancies left
 */
public record SoapResult(int vacancies, int applicants, List<Placement> placements, List<Offer> offers,
    List<Round> rounds) {
  public SoapResult {
    placements = List.copyOf(placements);
    offers = List.copyOf(offers);
    rounds = List.copyOf(rounds);
  }

  /** An applicant placed in SOAP. */
  public record Placement(String applicant, String program, int round) {
    public Placement {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(program, "program");
    }
  }

  /** One offer: in which round, from which program, to whom, and whether it was accepted. */
  public record Offer(int round, String program, String applicant, boolean accepted) {}

  /** One round's figures. */
  public record Round(int round, int offers, int accepted, int vacanciesLeft) {}

  /** Positions filled in SOAP. */
  public int filled() {
    return placements.size();
  }
}

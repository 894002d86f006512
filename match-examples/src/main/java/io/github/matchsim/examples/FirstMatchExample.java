package io.github.matchsim.examples;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.GaleShapleyProgramProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.stability.StabilityChecker;
import java.io.PrintStream;

/**
 * A first match: eight applicants and four programs, built in code, matched by applicant-proposing
 * and by program-proposing deferred acceptance, side by side.
 *
 * <p>The market is small enough to follow by hand. Applicants and programs disagree on purpose, so
 * the two algorithms give different stable matchings: applicant-proposing gives each applicant the
 * best program it can have in any stable matching, program-proposing the worst. In real markets
 * the two almost always agree (Roth and Peranson found fewer than 1 in 1,000 applicants affected).
 *
 * <p>Run it with {@code mvn -q -pl match-examples -am compile exec:java}.
 */
public final class FirstMatchExample {
  private FirstMatchExample() {}

  /** The example market: ids read as programs and surnames. */
  public static Market market() {
    return Market.builder()
        .program("CITY-IM", ProgramType.CATEGORICAL, 3, "Chen", "Garcia", "Hassan", "Ahmed", "Fofana", "Brown")
        .program("STATE-SURG", ProgramType.CATEGORICAL, 1, "Garcia", "Brown", "Chen")
        .program("MERCY-FM", ProgramType.CATEGORICAL, 1, "Evans", "Diaz", "Hassan", "Fofana")
        .program("RURAL-FM", ProgramType.PRIMARY, 1, "Diaz", "Evans", "Ahmed", "Fofana")
        .applicant("Ahmed", "NON_US_IMG", "CITY-IM", "RURAL-FM")
        .applicant("Brown", "US_MD", "STATE-SURG", "CITY-IM")
        .applicant("Chen", "US_MD", "STATE-SURG", "CITY-IM")
        // Diaz and Evans each prefer the program that prefers the other: two stable matchings.
        .applicant("Diaz", "US_DO", "MERCY-FM", "RURAL-FM")
        .applicant("Evans", "US_DO", "RURAL-FM", "MERCY-FM")
        .applicant("Fofana", "US_IMG", "CITY-IM", "MERCY-FM", "RURAL-FM")
        .applicant("Garcia", "US_MD", "CITY-IM", "STATE-SURG")
        .applicant("Hassan", "NON_US_IMG", "CITY-IM", "MERCY-FM")
        .build();
  }

  public static void main(String[] args) {
    print(market(), System.out);
  }

  /** Matches the market both ways and prints the table and a summary. */
  static void print(Market market, PrintStream out) {
    MatchResult byApplicants = new GaleShapleyApplicantProposing().match(market);
    MatchResult byPrograms = new GaleShapleyProgramProposing().match(market);

    out.printf("A first match: %d applicants, %d programs, %d positions%n%n",
        market.applicants().size(), market.programs().size(), byApplicants.statistics().positions());
    out.printf("%-8s %-11s %-24s %-24s%n", "Applicant", "Group", "Applicant-proposing", "Program-proposing");
    out.println("-".repeat(70));
    for (Applicant applicant : market.applicants()) {
      String ap = describe(byApplicants.matching(), applicant.id());
      String pp = describe(byPrograms.matching(), applicant.id());
      out.printf("%-8s %-11s %-24s %-24s%s%n", applicant.id(), applicant.group(), ap, pp,
          ap.equals(pp) ? "" : "  <- differs");
    }
    out.println();
    for (MatchResult result : new MatchResult[] {byApplicants, byPrograms}) {
      out.printf("%-20s %s, checked %s; %d of %d applicants matched, %d of %d positions filled, %d proposals%n",
          result.algorithm() + ":", result.status(),
          StabilityChecker.check(result.matching()).isStable() ? "stable" : "NOT stable",
          result.statistics().matched(), result.statistics().applicants(),
          result.statistics().filledPositions(), result.statistics().positions(),
          result.statistics().proposals());
    }
  }

  private static String describe(Matching matching, String applicant) {
    return matching.assignmentOf(applicant)
        .map(a -> a.program() + " (choice " + a.rank() + ")")
        .orElse("unmatched");
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.matching.Matching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Supplemental Offer and Acceptance Program (SOAP), run after the main match: the positions
 * the match left unfilled are offered in rounds to eligible applicants who applied to them.
 *
 * <p>In each round every program with vacancies offers them, in its order of preference, to
 * applicants who applied to it, are not yet placed and have not turned down its offer before,
 * one offer per vacancy; each applicant accepts at most one of the offers it holds (the one it
 * applied to first) and the others lapse; the next round goes on with what is left. NRMP runs four
 * rounds (its SOAP rules), and an applicant may apply to at most 45 programs. Accepted offers are
 * final. Deterministic: the same main match and applications give the same result.
 *
 * <p>Running time {@code O(R · (A + P + Σ applications))} for R rounds.
 */
public final class Soap {
  /** The rounds NRMP runs. */
  public static final int NRMP_ROUNDS = 4;
  /** The programs an applicant may apply to in NRMP's SOAP. */
  public static final int NRMP_APPLICATIONS = 45;

  private final int rounds;
  private final int applicationLimit;

  private Soap(Builder builder) {
    this.rounds = builder.rounds;
    this.applicationLimit = builder.applications;
  }

  /** SOAP as NRMP runs it: four rounds, at most 45 applications each. */
  public static Soap nrmp() {
    return builder().build();
  }

  /** Settings of a SOAP run. */
  public static Builder builder() {
    return new Builder();
  }

  /** The applications limit per applicant. */
  public int applicationLimit() {
    return applicationLimit;
  }

  /**
   * Runs SOAP after {@code mainMatch}: vacancies are each program's final positions less its
   * holders. Applications beyond the limit, to programs without vacancies, or from applicants who
   * hold a position (apart from those seeking a PGY-1 year with an advanced position) are ignored.
   */
  public SoapResult run(Matching mainMatch, SoapApplications applications) {
    Objects.requireNonNull(mainMatch, "mainMatch");
    Objects.requireNonNull(applications, "applications");
    Market market = mainMatch.market().market();
    Map<String, Integer> vacancies = new HashMap<>();
    int before = 0;
    for (Program p : market.programs()) {
      int open = Math.max(0, mainMatch.finalPositionsOf(p.id()) - mainMatch.holdersOf(p.id()).size());
      if (open > 0) {
        vacancies.put(p.id(), open);
        before += open;
      }
    }
    Map<String, Map<String, Integer>> choice = new HashMap<>(); // applicant -> program -> its place
    for (Map.Entry<String, List<String>> e : applications.applied().entrySet()) {
      if (market.applicant(e.getKey()).isEmpty()) {
        throw new IllegalArgumentException("SOAP applications name an applicant the market does not have: " + e.getKey());
      }
      if (!isEligible(mainMatch, e.getKey())) {
        continue;
      }
      Map<String, Integer> places = new HashMap<>();
      for (String p : e.getValue()) {
        if (places.size() >= applicationLimit) {
          break;
        }
        if (market.program(p).isEmpty()) {
          throw new IllegalArgumentException("SOAP applications name a program the market does not have: " + p);
        }
        if (vacancies.containsKey(p) && pgy1Fits(mainMatch, market, e.getKey(), p)) {
          places.putIfAbsent(p, places.size());
        }
      }
      if (!places.isEmpty()) {
        choice.put(e.getKey(), places);
      }
    }
    Map<String, String> placed = new HashMap<>();
    Set<String> offeredBefore = new HashSet<>(); // "program\napplicant"
    List<SoapResult.Offer> offers = new ArrayList<>();
    List<SoapResult.Round> summaries = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      List<String[]> made = new ArrayList<>(); // {program, applicant}, in the order the offers are made
      Map<String, String> best = new HashMap<>(); // applicant -> the offer it applied to first, this round
      for (Program p : market.programs()) { // market order: the result does not depend on map order
        int open = vacancies.getOrDefault(p.id(), 0);
        for (String a : applications.preferences().getOrDefault(p.id(), List.of())) {
          if (open == 0) {
            break;
          }
          Map<String, Integer> places = choice.get(a);
          if (places == null || !places.containsKey(p.id()) || placed.containsKey(a)
              || !offeredBefore.add(p.id() + "\n" + a)) {
            continue;
          }
          made.add(new String[] {p.id(), a});
          best.merge(a, p.id(), (held, offered) -> places.get(offered) < places.get(held) ? offered : held);
          open--;
        }
      }
      int accepted = 0;
      for (String[] offer : made) {
        boolean accepts = best.get(offer[1]).equals(offer[0]);
        offers.add(new SoapResult.Offer(round, offer[0], offer[1], accepts));
        if (accepts) {
          placed.put(offer[1], offer[0]);
          vacancies.merge(offer[0], -1, Integer::sum);
          accepted++;
        }
      }
      int left = vacancies.values().stream().mapToInt(Integer::intValue).sum();
      summaries.add(new SoapResult.Round(round, made.size(), accepted, left));
      if (made.isEmpty()) {
        break;
      }
    }
    List<SoapResult.Placement> placements = new ArrayList<>();
    for (SoapResult.Offer offer : offers) {
      if (offer.accepted()) {
        placements.add(new SoapResult.Placement(offer.applicant(), offer.program(), offer.round()));
      }
    }
    return new SoapResult(before, choice.size(), placements, offers, summaries);
  }

  /**
   * Whether the applicant may take part in SOAP after {@code mainMatch}: it holds no position, or
   * it holds an advanced position without a PGY-1 year (and then seeks a PGY-1 year only).
   */
  public static boolean isEligible(Matching mainMatch, String applicantId) {
    Market market = mainMatch.market().market();
    return mainMatch.assignmentOf(applicantId).map(a -> a.pgy1Program() == null
        && market.program(a.program()).map(p -> p.type().isAdvanced()).orElse(false)).orElse(true);
  }

  /** An applicant holding an advanced position may only take a PGY-1 year. */
  private static boolean pgy1Fits(Matching matching, Market market, String applicant, String program) {
    return matching.assignmentOf(applicant).isEmpty() || market.program(program).orElseThrow().type().isPgy1Year();
  }

  /** Settings: rounds and applications per applicant. */
  public static final class Builder {
    private int rounds = NRMP_ROUNDS;
    private int applications = NRMP_APPLICATIONS;

    private Builder() {}

    /** Rounds of offers (default 4, as NRMP runs). */
    public Builder rounds(int rounds) {
      if (rounds < 1) {
        throw new IllegalArgumentException("SOAP needs at least 1 round, not " + rounds);
      }
      this.rounds = rounds;
      return this;
    }

    /** Programs an applicant may apply to (default 45, as NRMP allows). */
    public Builder applications(int applications) {
      if (applications < 1) {
        throw new IllegalArgumentException("applications per applicant must be at least 1, not " + applications);
      }
      this.applications = applications;
      return this;
    }

    /** The SOAP run. */
    public Soap build() {
      return new Soap(this);
    }
  }
}

package io.github.matchsim.simulator.market;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Market;
import java.util.List;
import java.util.Objects;

/**
 * A market drawn by {@link NationalMarketModel}, with what the model knows of each side that the
 * market does not say: who applicants and programs are, and who interviewed whom.
 *
 * @param market the market, ready to match
 * @param applicants per applicant, in the market's order of applicants
 * @param programs per program, in the market's order of programs
 */
public record SimulatedMarket(Market market, List<ApplicantProfile> applicants, List<ProgramProfile> programs) {
  public SimulatedMarket {
    Objects.requireNonNull(market, "market");
    applicants = List.copyOf(applicants);
    programs = List.copyOf(programs);
    if (applicants.size() != market.applicants().size() || programs.size() != market.programs().size()) {
      throw new IllegalArgumentException("a profile for every applicant and program is needed");
    }
  }

  /**
   * An applicant as the model drew it.
   *
   * @param id the applicant's id in the market
   * @param group its group
   * @param strength its strength (the group's mean plus a standard normal)
   * @param home its home region
   * @param visa the visa it needs
   * @param specialty its preferred specialty
   * @param applications the number of programs it applied to
   * @param interviews the ids of the programs that interviewed it, in the order it likes them
   */
  public record ApplicantProfile(String id, NrmpGroup group, double strength, Region home, Visa visa, String specialty,
      int applications, List<String> interviews) {
    public ApplicantProfile {
      interviews = List.copyOf(interviews);
    }
  }

  /**
   * A program as the model drew it.
   *
   * @param id the program's id in the market
   * @param specialty its specialty's name
   * @param region its region
   * @param standing its standing within the specialty (a standard normal)
   * @param acceptsJ1 whether it takes applicants on J-1 visas
   * @param sponsorsH1B whether it sponsors H-1B visas
   */
  public record ProgramProfile(String id, String specialty, Region region, double standing, boolean acceptsJ1,
      boolean sponsorsH1B) {

    /** Whether an applicant who needs this visa can train here. */
    public boolean accepts(Visa visa) {
      return switch (visa) {
        case NONE -> true;
        case J1 -> acceptsJ1;
        case H1B -> sponsorsH1B;
      };
    }
  }
}

package io.github.matchsim.market;

import io.github.matchsim.engine.MarketCompiler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated residency market: programs, applicants and couples as defined in {@code
 * semantics.md}.
 *
 * <p>The constructor checks every rule of {@code docs/formats.md} and throws one {@link
 * InvalidMarketException} that lists all problems found. Algorithms do not work on this
 * object-and-string form: {@link #compile()} turns it once into the dense integer form they use.
 *
 * <pre>{@code
 * Market market = Market.builder()
 *     .program("CITY-IM", ProgramType.CATEGORICAL, 2, "Garcia", "Hassan")
 *     .applicant("Garcia", "US_MD", "CITY-IM")
 *     .applicant("Hassan", "NON_US_IMG", "CITY-IM")
 *     .build();
 * }</pre>
 */
public final class Market {
  private final List<Program> programs;
  private final List<Applicant> applicants;
  private final List<Couple> couples;
  private final Map<String, Integer> programIndex;
  private final Map<String, Integer> applicantIndex;
  private final Map<String, Integer> coupleIndex;
  /** Its compiled form, made on first request (a benign race: two threads may both compile). */
  private volatile CompiledMarket compiled;
  /** The validator's lists resolved to indices, kept for the first compilation only. */
  private volatile ResolvedLists resolved;

  /** Every entry of the applicants' primary lists and of the programs' lists as a dense index, in list order. */
  private record ResolvedLists(int[] applicantListPrograms, int[] programListApplicants) {}

  /**
   * A market of the given programs, applicants and couples, in that order.
   *
   * @throws InvalidMarketException listing every problem when the market breaks a rule
   */
  public Market(List<Program> programs, List<Applicant> applicants, List<Couple> couples) {
    this.programs = List.copyOf(programs);
    this.applicants = List.copyOf(applicants);
    this.couples = List.copyOf(couples);
    this.programIndex = index(this.programs.stream().map(Program::id).toList());
    this.applicantIndex = index(this.applicants.stream().map(Applicant::id).toList());
    this.coupleIndex = index(this.couples.stream().map(Couple::id).toList());
    MarketValidator validator = MarketValidator.validate(
        this.programs, this.applicants, this.couples, programIndex, applicantIndex);
    if (!validator.problems().isEmpty()) {
      throw new InvalidMarketException(validator.problems());
    }
    this.resolved = new ResolvedLists(validator.applicantListPrograms, validator.programListApplicants);
  }

  /** A new builder of markets. */
  public static MarketBuilder builder() {
    return new MarketBuilder();
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>(Math.max(16, ids.size() * 4 / 3 + 1));
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  /** The programs, in the order given. */
  public List<Program> programs() {
    return programs;
  }

  /** The applicants, couple members included, in the order given. */
  public List<Applicant> applicants() {
    return applicants;
  }

  /** The couples, in the order given. */
  public List<Couple> couples() {
    return couples;
  }

  /** The program with this id. */
  public Optional<Program> program(String id) {
    Integer index = programIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(programs.get(index));
  }

  /** The applicant with this id. */
  public Optional<Applicant> applicant(String id) {
    Integer index = applicantIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(applicants.get(index));
  }

  /** The couple with this id. */
  public Optional<Couple> couple(String id) {
    Integer index = coupleIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(couples.get(index));
  }

  /** The position of the program with this id in {@link #programs()}, or -1. */
  public int programIndex(String id) {
    return programIndex.getOrDefault(id, -1);
  }

  /** The position of the applicant with this id in {@link #applicants()}, or -1. */
  public int applicantIndex(String id) {
    return applicantIndex.getOrDefault(id, -1);
  }

  /**
   * The dense form that algorithms and the stability checker use, compiled on the first call and
   * kept: a market is immutable, so every algorithm run on it shares one compilation.
   */
  public CompiledMarket compile() {
    CompiledMarket result = compiled;
    if (result == null) {
      ResolvedLists lists = resolved;
      result = lists == null ? MarketCompiler.compile(this)
          : MarketCompiler.compile(this, lists.applicantListPrograms(), lists.programListApplicants());
      compiled = result;
      resolved = null; // compiled once: the resolved lists are not needed again
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Market that
        && programs.equals(that.programs)
        && applicants.equals(that.applicants)
        && couples.equals(that.couples);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * programs.hashCode() + applicants.hashCode()) + couples.hashCode();
  }

  @Override
  public String toString() {
    return "Market[" + programs.size() + " programs, " + applicants.size() + " applicants, "
        + couples.size() + " couples]";
  }
}

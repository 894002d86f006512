package io.github.matchsim.market;

import io.github.matchsim.engine.MarketAccess;
import io.github.matchsim.engine.MarketCompiler;
import io.github.matchsim.engine.MarketTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

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
  static {
    MarketAccess.register(Market::new);
  }

  /** The lists, made from {@link #source} on first request when the market was read as tables. */
  private volatile List<Program> programs;
  private volatile List<Applicant> applicants;
  private volatile List<Couple> couples;
  /** Ids to positions, made on first request. */
  private volatile Map<String, Integer> programIndex;
  private volatile Map<String, Integer> applicantIndex;
  private volatile Map<String, Integer> coupleIndex;
  /** The tables a market read from a file was made of (kept: its lists are made from them); or null. */
  private final MarketTables source;
  /** Its compiled form, made on first request (a benign race: two threads may both compile). */
  private volatile CompiledMarket compiled;
  /** A market given as lists: its tables, resolved in its constructor, kept for the first compilation only. */
  private volatile MarketTables pending;

  /**
   * A market of the given programs, applicants and couples, in that order.
   *
   * @throws InvalidMarketException listing every problem when the market breaks a rule
   */
  public Market(List<Program> programs, List<Applicant> applicants, List<Couple> couples) {
    this.programs = List.copyOf(programs);
    this.applicants = List.copyOf(applicants);
    this.couples = List.copyOf(couples);
    this.programIndex = index(this.programs.size(), i -> this.programs.get(i).id());
    this.applicantIndex = index(this.applicants.size(), i -> this.applicants.get(i).id());
    this.coupleIndex = index(this.couples.size(), i -> this.couples.get(i).id());
    this.source = null;
    // Resolved once, ids to indices (an unknown id to MarketTables.UNKNOWN), and checked on ints; the
    // validator of lists runs only for a market the tables refuse, to say what is wrong and where.
    MarketTables tables = MarketTables.of(this.programs, this.applicants, this.couples,
        id -> programIndex.getOrDefault(id, MarketTables.UNKNOWN),
        id -> applicantIndex.getOrDefault(id, MarketTables.UNKNOWN));
    if (!tables.isValid()) {
      MarketValidator validator = MarketValidator.validate(
          this.programs, this.applicants, this.couples, this.programIndex, this.applicantIndex);
      if (!validator.problems().isEmpty()) {
        throw new InvalidMarketException(validator.problems());
      }
    }
    this.pending = tables;
  }

  /** A market over tables already found valid ({@link MarketTables#toMarket()}). */
  private Market(MarketTables tables) {
    this.source = tables;
  }

  /** A new builder of markets. */
  public static MarketBuilder builder() {
    return new MarketBuilder();
  }

  /** Ids to their first positions. */
  private static Map<String, Integer> index(int count, IntFunction<String> id) {
    Map<String, Integer> index = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      index.putIfAbsent(id.apply(i), i);
    }
    return index;
  }

  /** The programs, in the order given. */
  public List<Program> programs() {
    List<Program> result = programs;
    if (result == null) {
      result = List.copyOf(source.programs());
      programs = result;
    }
    return result;
  }

  /** The applicants, couple members included, in the order given. */
  public List<Applicant> applicants() {
    List<Applicant> result = applicants;
    if (result == null) {
      result = List.copyOf(source.applicants());
      applicants = result;
    }
    return result;
  }

  /** The couples, in the order given. */
  public List<Couple> couples() {
    List<Couple> result = couples;
    if (result == null) {
      result = List.copyOf(source.couples());
      couples = result;
    }
    return result;
  }

  /** The program with this id. */
  public Optional<Program> program(String id) {
    int index = programIndex(id);
    return index < 0 ? Optional.empty() : Optional.of(programs().get(index));
  }

  /** The applicant with this id. */
  public Optional<Applicant> applicant(String id) {
    int index = applicantIndex(id);
    return index < 0 ? Optional.empty() : Optional.of(applicants().get(index));
  }

  /** The couple with this id. */
  public Optional<Couple> couple(String id) {
    Map<String, Integer> index = coupleIndex;
    if (index == null) {
      index = index(source.coupleCount(), source::coupleId);
      coupleIndex = index;
    }
    Integer c = index.get(id);
    return c == null ? Optional.empty() : Optional.of(couples().get(c));
  }

  /** The position of the program with this id in {@link #programs()}, or -1. */
  public int programIndex(String id) {
    Map<String, Integer> index = programIndex;
    if (index == null) {
      index = index(source.programCount(), source::programId);
      programIndex = index;
    }
    return index.getOrDefault(id, -1);
  }

  /** The position of the applicant with this id in {@link #applicants()}, or -1. */
  public int applicantIndex(String id) {
    Map<String, Integer> index = applicantIndex;
    if (index == null) {
      index = index(source.applicantCount(), source::applicantId);
      applicantIndex = index;
    }
    return index.getOrDefault(id, -1);
  }

  /**
   * The dense form that algorithms and the stability checker use, compiled on the first call and
   * kept: a market is immutable, so every algorithm run on it shares one compilation.
   */
  public CompiledMarket compile() {
    CompiledMarket result = compiled;
    if (result == null) {
      MarketTables tables = source != null ? source : pending;
      if (tables == null) { // another thread compiled it and dropped the tables after publishing its result
        return compiled;
      }
      result = MarketCompiler.compile(this, tables);
      compiled = result;
      pending = null; // compiled once: a market given as lists needs its tables no more
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Market that
        && programs().equals(that.programs())
        && applicants().equals(that.applicants())
        && couples().equals(that.couples());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * programs().hashCode() + applicants().hashCode()) + couples().hashCode();
  }

  @Override
  public String toString() {
    int programCount = source != null ? source.programCount() : programs.size();
    int applicantCount = source != null ? source.applicantCount() : applicants.size();
    int coupleCount = source != null ? source.coupleCount() : couples.size();
    return "Market[" + programCount + " programs, " + applicantCount + " applicants, " + coupleCount + " couples]";
  }
}

package io.github.matchsim.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Market} step by step. Nothing is checked until {@link #build()}, which reports
 * every problem at once.
 *
 * <p>Supplemental lists and reversions are added to the most recent applicant or program with the
 * given id, which must already have been added.
 */
public final class MarketBuilder {
  private final List<Program> programs = new ArrayList<>();
  private final List<Applicant> applicants = new ArrayList<>();
  private final List<Couple> couples = new ArrayList<>();

  MarketBuilder() {}

  /** Adds a program. */
  public MarketBuilder program(Program program) {
    programs.add(program);
    return this;
  }

  /** Adds a program without reversions. */
  public MarketBuilder program(String id, ProgramType type, int positions, String... rankOrderList) {
    return program(new Program(id, type, positions, Arrays.asList(rankOrderList)));
  }

  /** Adds an applicant. */
  public MarketBuilder applicant(Applicant applicant) {
    applicants.add(applicant);
    return this;
  }

  /** Adds an applicant without supplemental lists; {@code group} may be null. */
  public MarketBuilder applicant(String id, String group, String... rankOrderList) {
    return applicant(new Applicant(id, group, Arrays.asList(rankOrderList)));
  }

  /** Adds a couple; its members must be added as applicants too (with empty lists). */
  public MarketBuilder couple(Couple couple) {
    couples.add(couple);
    return this;
  }

  /** Adds a couple of two applicants already added, ranking the given pairs. */
  public MarketBuilder couple(String id, String member1, String member2, ProgramPair... pairs) {
    return couple(new Couple(id, member1, member2, Arrays.asList(pairs)));
  }

  /**
   * Adds a supplemental list to the applicant with this id.
   *
   * @throws IllegalStateException if no applicant with this id was added
   */
  public MarketBuilder supplementalList(
      String applicantId, List<String> linkedTo, List<String> rankOrderList) {
    int i = lastIndexOf(applicants.stream().map(Applicant::id).toList(), applicantId, "applicant");
    Applicant old = applicants.get(i);
    List<SupplementalList> lists = new ArrayList<>(old.supplementalLists());
    lists.add(new SupplementalList(linkedTo, rankOrderList));
    applicants.set(i, new Applicant(old.id(), old.group(), old.rankOrderList(), lists));
    return this;
  }

  /**
   * Adds a reversion of up to {@code positions} unfilled positions from donor to receiver.
   *
   * @throws IllegalStateException if no program with the donor's id was added
   */
  public MarketBuilder reversion(String donorId, String receiverId, int positions) {
    int i = lastIndexOf(programs.stream().map(Program::id).toList(), donorId, "program");
    Program old = programs.get(i);
    List<Reversion> reversions = new ArrayList<>(old.reversions());
    reversions.add(new Reversion(receiverId, positions));
    programs.set(i, new Program(old.id(), old.type(), old.positions(), old.rankOrderList(), reversions));
    return this;
  }

  private static int lastIndexOf(List<String> ids, String id, String kind) {
    int i = ids.lastIndexOf(id);
    if (i < 0) {
      throw new IllegalStateException("no " + kind + " \"" + id + "\" has been added yet");
    }
    return i;
  }

  /**
   * The market built so far.
   *
   * @throws InvalidMarketException listing every problem of the market
   */
  public Market build() {
    return new Market(programs, applicants, couples);
  }
}

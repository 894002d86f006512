package io.github.matchsim.matching;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.matching.Explanation.Entry;
import io.github.matchsim.matching.Explanation.Outcome;
import io.github.matchsim.matching.Explanation.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Builds {@link Explanation}s from a matching as it stands: holders, final positions, lists. */
final class Explaining {
  private final Matching matching;
  private final Market market;

  private Explaining(Matching matching) {
    this.matching = matching;
    this.market = matching.market().market();
  }

  static Explanation explain(Matching matching, String applicantId) {
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(applicantId, "applicantId");
    Explaining explaining = new Explaining(matching);
    Applicant applicant = explaining.market.applicant(applicantId)
        .orElseThrow(() -> new IllegalArgumentException("the market has no applicant \"" + applicantId + "\""));
    Optional<Couple> couple = explaining.market.couples().stream()
        .filter(c -> c.member1().equals(applicantId) || c.member2().equals(applicantId)).findFirst();
    return couple.isPresent() ? explaining.member(applicant, couple.get()) : explaining.single(applicant);
  }

  // ---- a single ----

  private Explanation single(Applicant applicant) {
    String id = applicant.id();
    String held = programOf(id);
    List<String> list = applicant.rankOrderList();
    int heldAt = held == null ? -1 : list.indexOf(held);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      entries.add(oneProgram(i + 1, id, list.get(i), i == heldAt, heldAt >= 0 && i > heldAt, "you matched"));
    }
    String summary = held == null
        ? String.format(Locale.ROOT, "%s did not match: none of the %d programs on its list took it.", id, list.size())
        : String.format(Locale.ROOT, "%s matched %s, its %s choice.", id, held, ordinal(heldAt + 1));
    return withSupplemental(applicant, null, summary, entries);
  }

  /** An entry of one program for one applicant (a single's entry or a supplemental one). */
  private Entry oneProgram(int place, String applicant, String program, boolean matched, boolean below, String who) {
    Side side = side(applicant, program, Set.of(applicant), 0);
    if (matched) {
      side = new Side(applicant, program, Outcome.MATCHED, side.rankByProgram(), side.lastAdmittedRank(), side.positions());
      return new Entry(place, List.of(side), Outcome.MATCHED,
          String.format(Locale.ROOT, "%d. %s ranked you %s: you matched here.", place, program,
              ordinal(side.rankByProgram())));
    }
    if (below) {
      side = new Side(applicant, program, Outcome.BELOW_MATCH, side.rankByProgram(), side.lastAdmittedRank(),
          side.positions());
      return new Entry(place, List.of(side), Outcome.BELOW_MATCH,
          String.format(Locale.ROOT, "%d. %s: not needed: %s a program you ranked higher.", place, program, who));
    }
    return new Entry(place, List.of(side), side.outcome(), place + ". " + reason(side, "you") + ".");
  }

  // ---- a couple member ----

  private Explanation member(Applicant applicant, Couple couple) {
    String id = applicant.id();
    boolean first = couple.member1().equals(id);
    String partner = first ? couple.member2() : couple.member1();
    String mine = programOf(id);
    String theirs = programOf(partner);
    List<ProgramPair> pairs = couple.rankOrderList();
    int heldAt = -1;
    for (int k = 0; k < pairs.size() && (mine != null || theirs != null); k++) {
      ProgramPair pair = pairs.get(k);
      if (Objects.equals(first ? pair.first() : pair.second(), mine)
          && Objects.equals(first ? pair.second() : pair.first(), theirs)) {
        heldAt = k;
        break;
      }
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> members = Set.of(id, partner);
    for (int k = 0; k < pairs.size(); k++) {
      ProgramPair pair = pairs.get(k);
      String myProgram = first ? pair.first() : pair.second();
      String partnerProgram = first ? pair.second() : pair.first();
      String where = String.format(Locale.ROOT, "%d. You at %s, %s at %s: ", k + 1, name(myProgram), partner,
          name(partnerProgram));
      boolean together = myProgram != null && myProgram.equals(partnerProgram);
      Side me = side(id, myProgram, members, together && rankedAbove(myProgram, partner, id) ? 1 : 0);
      Side them = side(partner, partnerProgram, members, together && rankedAbove(myProgram, id, partner) ? 1 : 0);
      if (k == heldAt || (heldAt >= 0 && k > heldAt)) {
        Outcome outcome = k == heldAt ? Outcome.MATCHED : Outcome.BELOW_MATCH;
        entries.add(new Entry(k + 1, List.of(relabel(me, outcome), relabel(them, outcome)), outcome,
            where + (k == heldAt ? "your couple matched here." : "not needed: your couple matched a pair it ranked higher.")));
        continue;
      }
      Side refusing = refuses(me) ? me : refuses(them) ? them : null;
      Outcome outcome = refusing == null ? Outcome.ROOM_LEFT : refusing.outcome();
      String reason = refusing == null
          ? "both programs ranked you and had room for you: this result is not stable here"
          : reason(refusing, refusing == me ? "you" : partner);
      entries.add(new Entry(k + 1, List.of(me, them), outcome, where + reason + "."));
    }
    String summary = heldAt < 0
        ? String.format(Locale.ROOT, "%s and %s (a couple) did not match: none of the %d pairs on their list took them.",
            id, partner, pairs.size())
        : String.format(Locale.ROOT, "%s and %s (a couple) matched their %s pair: %s at %s, %s at %s.", id, partner,
            ordinal(heldAt + 1), id, name(mine), partner, name(theirs));
    return withSupplemental(applicant, partner, summary, entries);
  }

  private static boolean refuses(Side side) {
    return side.outcome() == Outcome.NOT_RANKED || side.outcome() == Outcome.NO_POSITIONS
        || side.outcome() == Outcome.FILLED_ABOVE;
  }

  private static Side relabel(Side side, Outcome outcome) {
    return side.program() == null ? side
        : new Side(side.applicant(), side.program(), outcome, side.rankByProgram(), side.lastAdmittedRank(), side.positions());
  }

  // ---- supplemental lists ----

  private Explanation withSupplemental(Applicant applicant, String partner, String summary, List<Entry> entries) {
    if (applicant.supplementalLists().isEmpty()) {
      return new Explanation(applicant.id(), partner, summary, entries, List.of(), null);
    }
    String advanced = programOf(applicant.id());
    Optional<SupplementalList> linked = advanced == null ? Optional.empty()
        : applicant.supplementalLists().stream().filter(list -> list.linkedTo().contains(advanced)).findFirst();
    boolean isAdvanced = advanced != null && market.program(advanced).map(p -> p.type().isAdvanced()).orElse(false);
    if (linked.isEmpty() || !isAdvanced) {
      String note = "Supplemental lists: not used; they apply only with a match at an advanced program they are linked"
          + " to, and " + (advanced == null ? "you did not match." : "you matched " + advanced + ", which none of them names.");
      return new Explanation(applicant.id(), partner, summary, entries, List.of(), note);
    }
    String pgy1 = matching.assignmentOf(applicant.id()).map(Assignment::pgy1Program).orElse(null);
    List<String> list = linked.get().rankOrderList();
    int heldAt = pgy1 == null ? -1 : list.indexOf(pgy1);
    List<Entry> supplemental = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      supplemental.add(oneProgram(i + 1, applicant.id(), list.get(i), i == heldAt, heldAt >= 0 && i > heldAt,
          "your PGY-1 year is at"));
    }
    String note = "Supplemental list for " + advanced + " (your PGY-1 year): "
        + (pgy1 == null ? "no PGY-1 position." : "matched " + pgy1 + ", its " + ordinal(heldAt + 1) + " program.");
    return new Explanation(applicant.id(), partner, summary, entries, supplemental, note);
  }

  // ---- one side: facts at one program ----

  /**
   * What an applicant meets at a program: its place on the program's list, the final positions,
   * and how many holders (other than {@code leaving}) the program ranks above it, plus {@code
   * extra} (a partner arriving above it at the same program).
   */
  private Side side(String applicant, String programId, Set<String> leaving, int extra) {
    if (programId == null) {
      return new Side(applicant, null, Outcome.NO_MATCH_SIDE, 0, 0, 0);
    }
    Program program = market.program(programId).orElseThrow();
    int rank = rank(programId, applicant);
    int positions = matching.finalPositionsOf(programId);
    int above = extra;
    int last = 0;
    for (String holder : matching.holdersOf(programId)) {
      if (leaving.contains(holder)) {
        continue;
      }
      int theirs = program.rankOrderList().indexOf(holder) + 1;
      last = Math.max(last, theirs);
      if (rank > 0 && theirs > 0 && theirs < rank) {
        above++;
      }
    }
    Outcome outcome = rank == 0 ? Outcome.NOT_RANKED
        : positions == 0 ? Outcome.NO_POSITIONS
        : above >= positions ? Outcome.FILLED_ABOVE
        : Outcome.ROOM_LEFT;
    return new Side(applicant, programId, outcome, rank, last, positions);
  }

  private String reason(Side side, String who) {
    return switch (side.outcome()) {
      case NOT_RANKED -> side.program() + " did not rank " + who;
      case NO_POSITIONS -> side.program() + " had no positions to fill";
      case FILLED_ABOVE -> String.format(Locale.ROOT, "%s ranked %s %s; its %d %s went to applicants it ranked higher,"
          + " the last of them %s", side.program(), who, ordinal(side.rankByProgram()), side.positions(),
          side.positions() == 1 ? "position" : "positions", ordinal(side.lastAdmittedRank()));
      case ROOM_LEFT -> String.format(Locale.ROOT, "%s ranked %s %s and had room for %s: this result is not stable here",
          side.program(), who, ordinal(side.rankByProgram()), who.equals("you") ? "you" : "them");
      default -> side.outcome().toString();
    };
  }

  /** Whether the program ranks x, and above y. */
  private boolean rankedAbove(String programId, String x, String y) {
    int rx = rank(programId, x);
    int ry = rank(programId, y);
    return rx > 0 && (ry == 0 || rx < ry);
  }

  private int rank(String programId, String applicant) {
    return programId == null ? 0 : market.program(programId).orElseThrow().rankOrderList().indexOf(applicant) + 1;
  }

  private String programOf(String applicant) {
    return matching.assignmentOf(applicant).map(Assignment::program).orElse(null);
  }

  private static String name(String program) {
    return program == null ? "no match" : program;
  }

  private static String ordinal(int n) {
    return io.github.matchsim.engine.Ordinals.of(n);
  }
}

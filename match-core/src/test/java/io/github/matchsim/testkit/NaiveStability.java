package io.github.matchsim.testkit;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.stability.BlockingCoalition.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definition of stability in semantics.md, written as literally and slowly as possible on the
 * string model: sets of holders, deviators and arrivals, no compiled arrays, no shared code with
 * the checker. For tiny markets only.
 */
public final class NaiveStability {
  /** A block, in the vocabulary of {@link io.github.matchsim.stability.BlockingCoalition}. */
  public record Block(Kind kind, List<String> applicants, List<String> programs) {}

  private final Market market;
  private final Map<String, String> primary;
  private final Map<String, String> pgy1;
  private final Map<String, Integer> finalPositions;
  /** Couples judged as the Stable Matching Suite's verifier judges them: seats as held. */
  private final boolean seatsAsHeld;

  private NaiveStability(Market market, Map<String, String> primary, Map<String, String> pgy1,
      Map<String, Integer> finalPositions, boolean seatsAsHeld) {
    this.market = market;
    this.primary = primary;
    this.pgy1 = pgy1;
    this.finalPositions = finalPositions;
    this.seatsAsHeld = seatsAsHeld;
  }

  /** Every block of the matching given as maps from applicant id to program id (absent: none). */
  public static Set<Block> blocks(Market market, Map<String, String> primary, Map<String, String> pgy1,
      Map<String, Integer> finalPositions) {
    return new NaiveStability(market, primary, pgy1, finalPositions, false).all();
  }

  /**
   * The same with couples judged as the Stable Matching Suite's verifier ({@code matchvf}) judges
   * them, written after its rules: a program "will accept" resident r when its quota is positive
   * and r's rank is below the rank of the resident in its last accepted place (quota − 1, counting
   * from 0, of its holders sorted by its ranking, unranked holders last), or of nobody, whose rank
   * is the list's length; a pair of one program takes both when its quota exceeds 1 and both rank
   * below the resident in place quota − 2. Every holder counts, the couple's members included.
   */
  public static Set<Block> blocksWithSeatsAsHeld(Market market, Map<String, String> primary,
      Map<String, String> pgy1, Map<String, Integer> finalPositions) {
    return new NaiveStability(market, primary, pgy1, finalPositions, true).all();
  }

  private Set<Block> all() {
    Set<Block> blocks = new HashSet<>();
    for (Program p : market.programs()) {
      if (holders(p.id()).size() > finalPositions.get(p.id())) {
        blocks.add(new Block(Kind.OVER_CAPACITY, List.of(), List.of(p.id())));
      }
    }
    for (Applicant a : market.applicants()) {
      if (coupleOf(a.id()) == null) {
        single(a, blocks);
      }
      supplemental(a, blocks);
    }
    for (Couple c : market.couples()) {
      couple(c, blocks);
    }
    return blocks;
  }

  private int programRank(String program, String applicant) {
    return market.program(program).orElseThrow().rankOrderList().indexOf(applicant);
  }

  private Couple coupleOf(String applicant) {
    for (Couple c : market.couples()) {
      if (c.member1().equals(applicant) || c.member2().equals(applicant)) {
        return c;
      }
    }
    return null;
  }

  private Set<String> holders(String program) {
    Set<String> holders = new HashSet<>();
    for (Applicant a : market.applicants()) {
      if (program.equals(primary.get(a.id())) || program.equals(pgy1.get(a.id()))) {
        holders.add(a.id());
      }
    }
    return holders;
  }

  private boolean holds(String applicant, String program) {
    return program.equals(primary.get(applicant)) || program.equals(pgy1.get(applicant));
  }

  /**
   * Program p would admit X while the deviators D leave and the deviators K (who hold p) keep their
   * seats: every x in X is ranked and fewer than positions − |K| of (O ∪ X) are ranked above it.
   */
  private boolean admits(String p, Set<String> arriving, Set<String> deviators, int kept) {
    Set<String> others = holders(p);
    others.removeAll(deviators);
    Set<String> competing = new HashSet<>(others);
    competing.addAll(arriving);
    for (String x : arriving) {
      int rx = programRank(p, x);
      if (rx < 0) {
        return false;
      }
      int above = 0;
      for (String y : competing) {
        int ry = programRank(p, y);
        if (ry >= 0 && ry < rx) {
          above++;
        }
      }
      if (above >= finalPositions.get(p) - kept) {
        return false;
      }
    }
    return true;
  }

  private void single(Applicant a, Set<Block> blocks) {
    String held = primary.get(a.id());
    int current = Integer.MAX_VALUE;
    if (held != null) {
      int rank = a.rankOrderList().indexOf(held);
      if (rank >= 0 && programRank(held, a.id()) >= 0) {
        current = rank;
      } else {
        blocks.add(new Block(Kind.INDIVIDUALLY_IRRATIONAL, List.of(a.id()), List.of(held)));
      }
    }
    for (int k = 0; k < a.rankOrderList().size() && k < current; k++) {
      String p = a.rankOrderList().get(k);
      if (admits(p, Set.of(a.id()), Set.of(a.id()), 0)) {
        blocks.add(new Block(Kind.SINGLE, List.of(a.id()), List.of(p)));
      }
    }
  }

  private SupplementalList linkedList(Applicant a, String advanced) {
    for (SupplementalList list : a.supplementalLists()) {
      if (list.linkedTo().contains(advanced)) {
        return list;
      }
    }
    return null;
  }

  private void supplemental(Applicant a, Set<Block> blocks) {
    String held = primary.get(a.id());
    String pgy = pgy1.get(a.id());
    boolean advanced = held != null
        && market.program(held).orElseThrow().type().isAdvanced();
    SupplementalList list = advanced ? linkedList(a, held) : null;
    if (list == null) {
      if (pgy != null) {
        blocks.add(new Block(Kind.INDIVIDUALLY_IRRATIONAL, List.of(a.id()), List.of(pgy)));
      }
      return;
    }
    int current = Integer.MAX_VALUE;
    if (pgy != null) {
      int rank = list.rankOrderList().indexOf(pgy);
      if (rank >= 0 && programRank(pgy, a.id()) >= 0) {
        current = rank;
      } else {
        blocks.add(new Block(Kind.INDIVIDUALLY_IRRATIONAL, List.of(a.id()), List.of(pgy)));
      }
    }
    for (int k = 0; k < list.rankOrderList().size() && k < current; k++) {
      String q = list.rankOrderList().get(k);
      if (admits(q, Set.of(a.id()), Set.of(a.id()), 0)) {
        blocks.add(new Block(Kind.SUPPLEMENTAL, List.of(a.id()), List.of(q)));
      }
    }
  }

  /** The verifier's rank: the index on p's list, the list's length for nobody, the largest int for the unranked. */
  private int suiteRank(String p, String applicant) {
    List<String> list = market.program(p).orElseThrow().rankOrderList();
    if (applicant == null) {
      return list.size();
    }
    int rank = list.indexOf(applicant);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }

  /** The resident in place i (from 0) of p's holders sorted by p's ranking, or null. */
  private String suitePlace(String p, int i) {
    List<String> accepted = new ArrayList<>(holders(p));
    accepted.sort(java.util.Comparator.comparingInt(a -> suiteRank(p, a)));
    return i >= 0 && i < accepted.size() ? accepted.get(i) : null;
  }

  private boolean suiteWillAccept(String p, String r) {
    int quota = finalPositions.get(p);
    return quota > 0 && suiteRank(p, r) < suiteRank(p, suitePlace(p, quota - 1));
  }

  private boolean suiteWillAcceptBoth(String p, String r1, String r2) {
    int quota = finalPositions.get(p);
    String place = suitePlace(p, quota - 2);
    return quota > 1 && suiteRank(p, r1) < suiteRank(p, place) && suiteRank(p, r2) < suiteRank(p, place);
  }

  private boolean suiteWouldAccept(Couple c, ProgramPair pair) {
    if (pair.first() != null && pair.first().equals(pair.second())) {
      return suiteWillAcceptBoth(pair.first(), c.member1(), c.member2());
    }
    return (pair.first() == null || suiteWillAccept(pair.first(), c.member1()))
        && (pair.second() == null || suiteWillAccept(pair.second(), c.member2()));
  }

  private boolean usable(Couple c, ProgramPair pair) {
    for (int m = 0; m < 2; m++) {
      if (pair.side(m) != null && programRank(pair.side(m), c.member(m)) < 0) {
        return false;
      }
    }
    return true;
  }

  private void couple(Couple c, Set<Block> blocks) {
    ProgramPair held = new ProgramPair(primary.get(c.member1()), primary.get(c.member2()));
    int current = Integer.MAX_VALUE;
    if (held.first() != null || held.second() != null) {
      int rank = c.rankOrderList().indexOf(held);
      if (rank >= 0 && usable(c, held)) {
        current = rank;
      } else {
        blocks.add(new Block(Kind.INDIVIDUALLY_IRRATIONAL, List.of(c.member1(), c.member2()),
            Arrays.asList(held.first(), held.second())));
      }
    }
    Set<String> deviators = Set.of(c.member1(), c.member2());
    for (int k = 0; k < c.rankOrderList().size() && k < current; k++) {
      ProgramPair pair = c.rankOrderList().get(k);
      if (!usable(c, pair)) {
        continue;
      }
      if (seatsAsHeld) {
        if (suiteWouldAccept(c, pair)) {
          blocks.add(new Block(Kind.COUPLE, List.of(c.member1(), c.member2()),
              new ArrayList<>(Arrays.asList(pair.first(), pair.second()))));
        }
        continue;
      }
      boolean[] stays = new boolean[2];
      Set<String> programs = new HashSet<>();
      for (int m = 0; m < 2; m++) {
        stays[m] = Objects.equals(pair.side(m), primary.get(c.member(m)));
        if (!stays[m] && pair.side(m) != null) {
          programs.add(pair.side(m));
        }
      }
      boolean all = true;
      for (String p : programs) {
        Set<String> arriving = new HashSet<>();
        int kept = 0;
        for (int m = 0; m < 2; m++) {
          if (!stays[m] && p.equals(pair.side(m))) {
            arriving.add(c.member(m));
          }
          if (stays[m] && holds(c.member(m), p)) {
            kept++;
          }
        }
        all &= admits(p, arriving, deviators, kept);
      }
      if (all) {
        blocks.add(new Block(Kind.COUPLE, List.of(c.member1(), c.member2()),
            new ArrayList<>(Arrays.asList(pair.first(), pair.second()))));
      }
    }
  }
}

package io.github.matchsim.testkit;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.engine.IntMatching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Enumerates matchings of a tiny market: every single unmatched or at any program of its primary
 * list, every couple at nothing or any pair of its list, and every applicant holding an advanced
 * program with no PGY-1 or any program of the linked supplemental list. Capacities and mutual
 * acceptability are not respected, so the enumeration also holds matchings that are not
 * individually rational.
 */
public final class BruteForce {
  /** One enumerated matching, as maps from applicant id to program id. */
  public record Candidate(Map<String, String> primary, Map<String, String> pgy1) {
    /** The same matching over a compiled market, with positions as given. */
    public IntMatching toMatching(io.github.matchsim.market.CompiledMarket handle) {
      IntMarket compiled = IntMarket.of(handle);
      int n = compiled.applicantCount();
      int[] primaryIndex = new int[n];
      int[] pgy1Index = new int[n];
      Market market = compiled.market();
      for (int a = 0; a < n; a++) {
        String id = compiled.applicantId(a);
        primaryIndex[a] = primary.containsKey(id) ? market.programIndex(primary.get(id)) : -1;
        pgy1Index[a] = pgy1.containsKey(id) ? market.programIndex(pgy1.get(id)) : -1;
      }
      int[] positions = new int[compiled.programCount()];
      for (int p = 0; p < positions.length; p++) {
        positions[p] = compiled.positions(p);
      }
      return new IntMatching(compiled, primaryIndex, pgy1Index, positions);
    }
  }

  private final Market market;
  private final List<Applicant> singles = new ArrayList<>();
  private final Consumer<Candidate> sink;
  private final Map<String, String> primary = new HashMap<>();
  private final Map<String, String> pgy1 = new HashMap<>();

  private BruteForce(Market market, Consumer<Candidate> sink) {
    this.market = market;
    this.sink = sink;
    for (Applicant a : market.applicants()) {
      boolean member = market.couples().stream()
          .anyMatch(c -> c.member1().equals(a.id()) || c.member2().equals(a.id()));
      if (!member) {
        singles.add(a);
      }
    }
  }

  /** Calls {@code sink} once per matching; the maps passed are fresh copies. */
  public static void enumerate(Market market, Consumer<Candidate> sink) {
    new BruteForce(market, sink).singles(0);
  }

  private void singles(int i) {
    if (i == singles.size()) {
      couples(0);
      return;
    }
    Applicant a = singles.get(i);
    singles(i + 1);
    for (String p : a.rankOrderList()) {
      primary.put(a.id(), p);
      singles(i + 1);
    }
    primary.remove(a.id());
  }

  private void couples(int c) {
    if (c == market.couples().size()) {
      pgy1(0);
      return;
    }
    Couple couple = market.couples().get(c);
    couples(c + 1);
    for (ProgramPair pair : couple.rankOrderList()) {
      put(couple.member1(), pair.first());
      put(couple.member2(), pair.second());
      couples(c + 1);
    }
    primary.remove(couple.member1());
    primary.remove(couple.member2());
  }

  private void put(String applicant, String program) {
    if (program == null) {
      primary.remove(applicant);
    } else {
      primary.put(applicant, program);
    }
  }

  private void pgy1(int i) {
    if (i == market.applicants().size()) {
      sink.accept(new Candidate(new HashMap<>(primary), new HashMap<>(pgy1)));
      return;
    }
    Applicant a = market.applicants().get(i);
    pgy1(i + 1);
    String held = primary.get(a.id());
    if (held != null) {
      for (SupplementalList list : a.supplementalLists()) {
        if (list.linkedTo().contains(held)) {
          for (String q : list.rankOrderList()) {
            pgy1.put(a.id(), q);
            pgy1(i + 1);
          }
          pgy1.remove(a.id());
        }
      }
    }
  }

  /** The positions of each program as given, by id. */
  public static Map<String, Integer> positions(Market market) {
    Map<String, Integer> positions = new HashMap<>();
    market.programs().forEach(p -> positions.put(p.id(), p.positions()));
    return positions;
  }
}

package io.github.matchsim.algorithm;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.SupplementalList;
import io.github.matchsim.matching.Matching;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who applies where in the Supplemental Offer and Acceptance Program, and how programs order those
 * who apply: the input of {@link Soap}.
 *
 * @param applied per applicant, the programs it applies to, best first (it accepts the best offer)
 * @param preferences per program, the applicants it would take, best first; applicants who did not
 *     apply to it are ignored
 */
public record SoapApplications(Map<String, List<String>> applied, Map<String, List<String>> preferences) {
  public SoapApplications {
    applied = copy(applied, "applied");
    preferences = copy(preferences, "preferences");
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map, String name) {
    Objects.requireNonNull(map, name);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((key, list) -> copy.put(Objects.requireNonNull(key, name + " key"), List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Applications drawn from the main match alone, for markets that say nothing about SOAP. The
   * eligible applicants are those without a position, and those holding an advanced position
   * without a PGY-1 year (who apply to preliminary and transitional programs only). Each applies
   * to at most {@code limit} programs with unfilled positions: first those on its own lists
   * (primary, then supplemental), in its order; then others, in an order drawn from {@code seed}.
   * Programs prefer the applicants they ranked in the main match, in that order, then the others
   * who applied, in an order drawn from {@code seed}. Real applicants apply within their
   * specialties; a market model that knows them should build its own applications.
   */
  public static SoapApplications fromMainMatch(Matching matching, int limit, long seed) {
    Objects.requireNonNull(matching, "matching");
    if (limit < 1) {
      throw new IllegalArgumentException("applications per applicant must be at least 1, not " + limit);
    }
    Market market = matching.market().market();
    SplittableRandom random = new SplittableRandom(seed);
    List<Program> open = new ArrayList<>();
    for (Program p : market.programs()) {
      if (matching.finalPositionsOf(p.id()) > matching.holdersOf(p.id()).size()) {
        open.add(p);
      }
    }
    Set<String> openIds = new LinkedHashSet<>();
    Set<String> openPgy1Years = new LinkedHashSet<>();
    for (Program p : open) {
      openIds.add(p.id());
      if (p.type().isPgy1Year()) {
        openPgy1Years.add(p.id());
      }
    }
    Map<String, List<String>> applied = new LinkedHashMap<>();
    for (Applicant a : market.applicants()) {
      if (!Soap.isEligible(matching, a.id())) {
        continue;
      }
      boolean seeksPgy1 = matching.assignmentOf(a.id()).isPresent();
      Set<String> usable = seeksPgy1 ? openPgy1Years : openIds;
      Set<String> choices = new LinkedHashSet<>();
      List<String> own = new ArrayList<>(a.rankOrderList());
      for (SupplementalList list : a.supplementalLists()) {
        own.addAll(list.rankOrderList());
      }
      for (String id : own) {
        if (choices.size() < limit && usable.contains(id)) {
          choices.add(id);
        }
      }
      List<String> others = new ArrayList<>(usable);
      others.removeAll(choices);
      shuffle(others, random);
      for (String id : others) {
        if (choices.size() >= limit) {
          break;
        }
        choices.add(id);
      }
      if (!choices.isEmpty()) {
        applied.put(a.id(), List.copyOf(choices));
      }
    }
    Map<String, List<String>> appliers = new LinkedHashMap<>(); // program -> applicants, in market order
    applied.forEach((a, programs) -> programs.forEach(p -> appliers.computeIfAbsent(p, k -> new ArrayList<>()).add(a)));
    Map<String, List<String>> preferences = new LinkedHashMap<>();
    for (Program p : open) {
      Set<String> applying = new LinkedHashSet<>(appliers.getOrDefault(p.id(), List.of()));
      List<String> order = new ArrayList<>();
      for (String a : p.rankOrderList()) {
        if (applying.remove(a)) {
          order.add(a);
        }
      }
      List<String> others = new ArrayList<>(applying);
      shuffle(others, random);
      order.addAll(others);
      preferences.put(p.id(), List.copyOf(order));
    }
    return new SoapApplications(applied, preferences);
  }

  private static void shuffle(List<String> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}

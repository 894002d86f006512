package io.github.matchsim.exact;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.stability.StabilityDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A market's stable matchings as the models of a SAT formula.
 *
 * <ul>
 *   <li>A variable per mutually acceptable entry of a single's list ("a holds its i-th program")
 *       and per usable pair of a couple's list; at most one true per single and per couple.
 *   <li>A variable per entry of a program's list ("the applicant at rank j holds p"), equal to the
 *       disjunction of the applicant's variables that place it at p; at most positions(p) true.
 *   <li>Counters, made only where a stability clause needs them: {@code atLeast(p, j, t)} implies
 *       that at least t of p's holders have ranks 0 to j (Sinz's sequential counter, in the one
 *       direction the clauses need: a counter may be false when the count is reached, never true
 *       when it is not).
 *   <li>Stability: for every single's entry, the single holds that entry or better, or the program
 *       is full with applicants it ranks higher; for every couple's pair, by the chosen {@link
 *       StabilityDefinition}, the couple holds that pair or better, or some program of the pair
 *       would not take its member. By this project's definition the clause depends on the pair the
 *       couple holds (a partner's vacated seat is free), so there is one clause per pair the couple
 *       may hold below it, and one for holding nothing.
 * </ul>
 *
 * <p>Covers singles, couples (both members in one program, and pairs with one side unmatched
 * included) and programs with 0 positions; markets with supplemental lists or reversions are
 * refused before this is built. Size: {@code O(L)} variables and clauses for the lists, plus the
 * counters ({@code O(len(p) · positions(p))} per program at most), plus {@code O(K²)} clauses per
 * couple with K pairs under this project's definition ({@code O(K)} under the suite's).
 */
final class StabilityEncoding {
  private final Market market;
  private final StabilityDefinition definition;
  private final Formula formula;

  private final Map<String, Integer> programIndex = new HashMap<>();
  /** Per program, its own positions. */
  private final int[] positions;
  /** Per program, whether reversions may change its final positions (it gives or receives). */
  private boolean[] moving;
  /** Per program, the most positions it may end with (its own plus every reversion into it). */
  private int[] maxPositions;
  /** Per program, its rank of each applicant it ranks. */
  private final List<Map<String, Integer>> rankOf = new ArrayList<>();
  /** Per program and rank: the variable "that applicant holds p", 0 when it cannot. */
  private final int[][] holder;
  /** Per single (by id): its entries as {program, rank, variable}, in its order. */
  private final Map<String, List<int[]>> singleEntries = new HashMap<>();
  /** Per couple (by index): its pairs as {program0, rank0, program1, rank1, variable}, in its order. */
  private final List<List<int[]>> couplePairs = new ArrayList<>();
  /** Per applicant holding an advanced program with a supplemental list linked to it: the PGY-1 choices. */
  private final List<Supplemental> supplementals = new ArrayList<>();
  private final Map<String, List<Supplemental>> supplementalsOf = new HashMap<>();
  private final Map<Long, Integer> counters = new HashMap<>();
  /** Whether stability clauses may be released (most-stable search), and their release variables. */
  private final boolean relaxed;
  private final List<Integer> relaxations = new ArrayList<>();
  /** A variable forced true, for constant literals. */
  private final int yes;
  private int constraints;

  StabilityEncoding(Market market, StabilityDefinition definition, Formula formula) {
    this(market, definition, formula, false);
  }

  /**
   * @param relaxed whether each potential blocking coalition's clauses carry a release variable
   *     ({@link #relaxations()}), so that models are all matchings and the released count bounds
   *     their blocking coalitions
   */
  StabilityEncoding(Market market, StabilityDefinition definition, Formula formula, boolean relaxed) {
    this.relaxed = relaxed;
    this.market = market;
    this.definition = definition;
    this.formula = formula;
    List<Program> programs = market.programs();
    positions = new int[programs.size()];
    holder = new int[programs.size()][];
    for (int p = 0; p < programs.size(); p++) {
      Program program = programs.get(p);
      programIndex.put(program.id(), p);
      positions[p] = program.positions();
      Map<String, Integer> ranks = new HashMap<>();
      for (int j = 0; j < program.rankOrderList().size(); j++) {
        ranks.put(program.rankOrderList().get(j), j);
      }
      rankOf.add(ranks);
      holder[p] = new int[program.rankOrderList().size()];
    }
    yes = newVar();
    formula.clause(yes); // the constant true, resolved away in clause()
    Map<String, Map<Integer, List<Integer>>> placements = new HashMap<>(); // applicant -> program -> variables
    placeSingles(placements);
    placeCouples(placements);
    placeSupplementals(placements);
    reversionBounds();
    holders(placements);
    finalPositions();
    singlesStability();
    couplesStability();
    supplementalStability();
  }

  /**
   * Applicant {@code applicant} holding advanced program {@code advanced} (literal {@code holds})
   * may hold a PGY-1 position from the supplemental list linked to it: entries {program, rank,
   * variable}, in the list's order.
   */
  private record Supplemental(String applicant, int advanced, int holds, List<int[]> entries) {}

  int constraints() {
    return constraints;
  }

  /** Rules out exactly the matching of this model: some entry, pair or PGY-1 choice must differ. */
  void excludeMatchingOf(Formula.Outcome outcome) {
    List<Integer> differ = new ArrayList<>();
    java.util.function.IntConsumer choice = v -> differ.add(outcome.isTrue(v) ? -v : v);
    singleEntries.values().forEach(entries -> entries.forEach(entry -> choice.accept(entry[2])));
    couplePairs.forEach(pairs -> pairs.forEach(pair -> choice.accept(pair[4])));
    supplementals.forEach(supplemental -> supplemental.entries().forEach(entry -> choice.accept(entry[2])));
    clause(differ.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Asks for a matching every single and couple likes at least as well as this model's (by their
   * primary lists: a single's program, a couple's pair) and someone likes better. Returns false
   * when no one can do better at all (everyone holds a first choice).
   */
  boolean requireApplicantImprovementOn(Formula.Outcome outcome) {
    List<Integer> someoneBetter = new ArrayList<>();
    List<List<int[]>> lists = new ArrayList<>(singleEntries.values());
    lists.addAll(couplePairs);
    for (List<int[]> list : lists) {
      int variable = list.isEmpty() ? 0 : list.get(0).length - 1; // entries {.., var}; pairs {.., var}
      int held = list.size();
      for (int i = 0; i < list.size(); i++) {
        if (outcome.isTrue(list.get(i)[variable])) {
          held = i;
        }
      }
      for (int i = 0; i < held; i++) {
        someoneBetter.add(list.get(i)[variable]);
      }
      if (held < list.size()) {
        int[] noWorse = new int[held + 1];
        for (int i = 0; i <= held; i++) {
          noWorse[i] = list.get(i)[variable];
        }
        clause(noWorse);
      }
    }
    if (someoneBetter.isEmpty()) {
      return false;
    }
    clause(someoneBetter.stream().mapToInt(Integer::intValue).toArray());
    return true;
  }

  /** The matching of a model. */
  io.github.matchsim.matching.Matching decode(Formula.Outcome outcome) {
    Map<String, String> programOf = new HashMap<>();
    singleEntries.forEach((applicant, entries) -> {
      for (int[] entry : entries) {
        if (outcome.isTrue(entry[2])) {
          programOf.put(applicant, market.programs().get(entry[0]).id());
        }
      }
    });
    for (int c = 0; c < couplePairs.size(); c++) {
      Couple couple = market.couples().get(c);
      for (int[] pair : couplePairs.get(c)) {
        if (outcome.isTrue(pair[4])) {
          if (pair[0] >= 0) {
            programOf.put(couple.member1(), market.programs().get(pair[0]).id());
          }
          if (pair[2] >= 0) {
            programOf.put(couple.member2(), market.programs().get(pair[2]).id());
          }
        }
      }
    }
    Map<String, String> pgy1ProgramOf = new HashMap<>();
    for (Supplemental supplemental : supplementals) {
      for (int[] entry : supplemental.entries()) {
        if (outcome.isTrue(entry[2])) {
          pgy1ProgramOf.put(supplemental.applicant(), market.programs().get(entry[0]).id());
        }
      }
    }
    return io.github.matchsim.matching.Matching.of(market, programOf, pgy1ProgramOf);
  }

  /**
   * A hint that prefers the given matching: its entries, pairs and holders true, every other entry,
   * pair and holder false, the counters left to the solver.
   */
  Formula.Hint hint(io.github.matchsim.matching.Matching start) {
    int[] preferred = new int[formula.variables() + 1];
    java.util.function.Function<String, Integer> programOf = applicant -> start.assignmentOf(applicant)
        .map(a -> programIndex.get(a.program())).orElse(-1);
    singleEntries.forEach((applicant, entries) -> {
      int held = programOf.apply(applicant);
      for (int[] entry : entries) {
        preferred[entry[2]] = entry[0] == held ? 1 : -1;
      }
    });
    for (int c = 0; c < couplePairs.size(); c++) {
      Couple couple = market.couples().get(c);
      int held0 = programOf.apply(couple.member1());
      int held1 = programOf.apply(couple.member2());
      for (int[] pair : couplePairs.get(c)) {
        preferred[pair[4]] = pair[0] == held0 && pair[2] == held1 ? 1 : -1;
      }
    }
    java.util.function.Function<String, Integer> pgy1Of = applicant -> start.assignmentOf(applicant)
        .filter(a -> a.pgy1Program() != null).map(a -> programIndex.get(a.pgy1Program())).orElse(-1);
    for (Supplemental supplemental : supplementals) {
      int held = pgy1Of.apply(supplemental.applicant());
      for (int[] entry : supplemental.entries()) {
        preferred[entry[2]] = entry[0] == held ? 1 : -1;
      }
    }
    for (int p = 0; p < holder.length; p++) {
      List<String> list = market.programs().get(p).rankOrderList();
      for (int j = 0; j < holder[p].length; j++) {
        if (holder[p][j] != 0) {
          String applicant = list.get(j);
          preferred[holder[p][j]] = programOf.apply(applicant) == p || pgy1Of.apply(applicant) == p ? 1 : -1;
        }
      }
    }
    return variable -> variable < preferred.length ? preferred[variable] : 0;
  }

  // ---- placements ----

  private int rank(int p, String applicant) {
    return rankOf.get(p).getOrDefault(applicant, -1);
  }

  private void placeSingles(Map<String, Map<Integer, List<Integer>>> placements) {
    java.util.Set<String> members = new java.util.HashSet<>();
    for (Couple c : market.couples()) {
      members.add(c.member1());
      members.add(c.member2());
    }
    for (Applicant applicant : market.applicants()) {
      if (members.contains(applicant.id())) {
        continue;
      }
      List<int[]> entries = new ArrayList<>();
      for (String id : applicant.rankOrderList()) {
        int p = programIndex.get(id);
        int r = rank(p, applicant.id());
        if (r >= 0) {
          int x = newVar();
          entries.add(new int[] {p, r, x});
          placements.computeIfAbsent(applicant.id(), k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(x);
        }
      }
      singleEntries.put(applicant.id(), entries);
      atMostOne(entries.stream().mapToInt(e -> e[2]).toArray());
    }
  }

  private void placeCouples(Map<String, Map<Integer, List<Integer>>> placements) {
    for (Couple couple : market.couples()) {
      List<int[]> pairs = new ArrayList<>();
      for (ProgramPair pair : couple.rankOrderList()) {
        int p0 = pair.first() == null ? -1 : programIndex.get(pair.first());
        int p1 = pair.second() == null ? -1 : programIndex.get(pair.second());
        int r0 = p0 < 0 ? -1 : rank(p0, couple.member1());
        int r1 = p1 < 0 ? -1 : rank(p1, couple.member2());
        if ((p0 >= 0 && r0 < 0) || (p1 >= 0 && r1 < 0)) {
          continue; // not usable: a side does not rank its member
        }
        int y = newVar();
        pairs.add(new int[] {p0, r0, p1, r1, y});
        if (p0 >= 0) {
          placements.computeIfAbsent(couple.member1(), k -> new HashMap<>()).computeIfAbsent(p0, k -> new ArrayList<>()).add(y);
        }
        if (p1 >= 0) {
          placements.computeIfAbsent(couple.member2(), k -> new HashMap<>()).computeIfAbsent(p1, k -> new ArrayList<>()).add(y);
        }
      }
      couplePairs.add(pairs);
      atMostOne(pairs.stream().mapToInt(e -> e[4]).toArray());
    }
  }

  /**
   * PGY-1 positions: for each advanced program an applicant may hold and the supplemental list the
   * library links to it (the first that names it), a variable per program of that list that ranks
   * the applicant; each implies holding the advanced program, and at most one per applicant.
   */
  private void placeSupplementals(Map<String, Map<Integer, List<Integer>>> placements) {
    for (Applicant applicant : market.applicants()) {
      if (applicant.supplementalLists().isEmpty()) {
        continue;
      }
      Map<Integer, List<Integer>> primary = placements.getOrDefault(applicant.id(), Map.of());
      List<Integer> all = new ArrayList<>();
      for (Map.Entry<Integer, List<Integer>> held : new java.util.TreeMap<>(primary).entrySet()) {
        Program advanced = market.programs().get(held.getKey());
        if (!advanced.type().isAdvanced()) {
          continue;
        }
        java.util.Optional<io.github.matchsim.market.SupplementalList> linked = applicant.supplementalLists().stream()
            .filter(list -> list.linkedTo().contains(advanced.id())).findFirst();
        if (linked.isEmpty()) {
          continue;
        }
        int holds = disjunction(held.getValue());
        List<int[]> entries = new ArrayList<>();
        for (String id : linked.get().rankOrderList()) {
          int q = programIndex.get(id);
          int r = rank(q, applicant.id());
          if (r < 0) {
            continue;
          }
          int z = newVar();
          clause(-z, holds);
          entries.add(new int[] {q, r, z});
          all.add(z);
          placements.computeIfAbsent(applicant.id(), k -> new HashMap<>()).computeIfAbsent(q, k -> new ArrayList<>()).add(z);
        }
        Supplemental supplemental = new Supplemental(applicant.id(), held.getKey(), holds, entries);
        supplementals.add(supplemental);
        supplementalsOf.computeIfAbsent(applicant.id(), k -> new ArrayList<>()).add(supplemental);
      }
      atMostOne(all.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** A literal equal to the disjunction of the variables. */
  private int disjunction(List<Integer> variables) {
    if (variables.size() == 1) {
      return variables.get(0);
    }
    int d = newVar();
    int[] definition = new int[variables.size() + 1];
    definition[0] = -d;
    for (int i = 0; i < variables.size(); i++) {
      clause(-variables.get(i), d);
      definition[i + 1] = variables.get(i);
    }
    clause(definition);
    return d;
  }

  /** The holder variables, equal to the disjunction of what places each applicant at p, and capacities. */
  private void holders(Map<String, Map<Integer, List<Integer>>> placements) {
    List<Program> programs = market.programs();
    for (int p = 0; p < programs.size(); p++) {
      List<Integer> held = new ArrayList<>();
      List<String> list = programs.get(p).rankOrderList();
      for (int j = 0; j < list.size(); j++) {
        List<Integer> ways = placements.getOrDefault(list.get(j), Map.of()).getOrDefault(p, List.of());
        if (ways.isEmpty()) {
          continue;
        }
        int h = newVar();
        holder[p][j] = h;
        held.add(h);
        int[] definitionClause = new int[ways.size() + 1];
        definitionClause[0] = -h;
        for (int w = 0; w < ways.size(); w++) {
          clause(-ways.get(w), h);
          definitionClause[w + 1] = ways.get(w);
        }
        clause(definitionClause);
      }
      int most = moving[p] ? maxPositions[p] : positions[p];
      if (held.size() > most) {
        formula.atMost(held.stream().mapToInt(Integer::intValue).toArray(), Math.max(0, most));
        constraints++;
      }
    }
  }

  // ---- final positions (reversions) ----

  /** Which programs reversions concern, and the most positions each may end with. */
  private void reversionBounds() {
    List<Program> programs = market.programs();
    moving = new boolean[programs.size()];
    maxPositions = positions.clone();
    for (int p = 0; p < programs.size(); p++) {
      for (io.github.matchsim.market.Reversion reversion : programs.get(p).reversions()) {
        int receiver = programIndex.get(reversion.to());
        moving[p] = true;
        moving[receiver] = true;
        maxPositions[receiver] += reversion.positions(); // the market checks that this cannot overflow
      }
    }
  }

  /** Per moving program: filled[m] = "at least m applicants hold it" (both ways), m = 0 to max + 1. */
  private int[][] filled;
  /** Per moving program: received[m] = "at least m positions revert into it" (both ways). */
  private int[][] received;
  /** Per moving program: free[u] = "it leaves at least u positions unfilled" before passing them on. */
  private int[][] free;
  /** Per moving program: finalAtLeast[m] = "it ends with at least m positions" (both ways). */
  private int[][] finalAtLeast;
  private final Map<Long, Integer> fullness = new HashMap<>();

  /**
   * Final positions as docs/semantics.md defines them, in unary: a donor's unfilled positions
   * (its own plus those received, less its holders) pass to its receivers in order, up to each
   * reversion's number, so it ends with max(holders, own + received − its reversions' total);
   * a program that gives nothing ends with own + received. Holders may not exceed own + received.
   */
  private void finalPositions() {
    int n = market.programs().size();
    filled = new int[n][];
    received = new int[n][];
    free = new int[n][];
    finalAtLeast = new int[n][];
    for (int p = 0; p < n; p++) {
      if (moving[p]) {
        filled[p] = totalCounter(p);
      }
    }
    for (int p = 0; p < n; p++) {
      if (moving[p]) {
        received(p);
      }
    }
    for (int p = 0; p < n; p++) {
      if (!moving[p]) {
        continue;
      }
      int passing = market.programs().get(p).reversions().stream().mapToInt(io.github.matchsim.market.Reversion::positions).sum();
      finalAtLeast[p] = new int[maxPositions[p] + 1];
      for (int m = 0; m <= maxPositions[p]; m++) {
        int ownAndReceived = unary(received[p], m + passing - positions[p]);
        finalAtLeast[p][m] = passing == 0 ? ownAndReceived : or(unary(filled[p], m), ownAndReceived);
      }
      for (int i = 0; i < received[p].length; i++) { // holders <= own + received
        clause(-unary(filled[p], positions[p] + i + 1), unary(received[p], i + 1));
      }
    }
  }

  /** The literal of "at least m" in a unary number: true below 1, false past its end. */
  private int unary(int[] atLeast, int m) {
    return m <= 0 ? yes : m >= atLeast.length ? -yes : atLeast[m];
  }

  /** Positions reverting into p, summed over its donors (a totalizer), memoised. */
  private int[] received(int p) {
    if (received[p] != null) {
      return received[p];
    }
    int[] sum = {yes};
    for (int d = 0; d < market.programs().size(); d++) {
      int before = 0;
      for (io.github.matchsim.market.Reversion reversion : market.programs().get(d).reversions()) {
        if (programIndex.get(reversion.to()) == p) {
          int[] moved = new int[reversion.positions() + 1];
          moved[0] = yes;
          int[] unfilled = free(d);
          for (int m = 1; m <= reversion.positions(); m++) {
            moved[m] = unary(unfilled, before + m);
          }
          sum = add(sum, moved);
        }
        before += reversion.positions();
      }
    }
    received[p] = sum;
    return sum;
  }

  /** free[u] for donor d: its own plus received positions, less its holders, is at least u. */
  private int[] free(int d) {
    if (free[d] != null) {
      return free[d];
    }
    int passing = market.programs().get(d).reversions().stream().mapToInt(io.github.matchsim.market.Reversion::positions).sum();
    int[] in = received(d);
    int[] result = new int[passing + 1];
    result[0] = yes;
    for (int u = 1; u <= passing; u++) {
      int f = newVar();
      result[u] = f;
      for (int i = 0; i < in.length; i++) { // free >= u  <=>  for every i: received <= i implies holders <= own + i - u
        int holdersAbove = unary(filled[d], positions[d] + i - u + 1);
        clause(-unary(in, i), holdersAbove, f);
        clause(-f, unary(in, i + 1), -holdersAbove);
      }
    }
    free[d] = result;
    return result;
  }

  /** Two unary numbers added, both ways (a totalizer node). */
  private int[] add(int[] a, int[] b) {
    if (a.length == 1) {
      return b;
    }
    int[] sum = new int[a.length + b.length - 1];
    sum[0] = yes;
    for (int m = 1; m < sum.length; m++) {
      sum[m] = newVar();
    }
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (i + j >= 1) {
          clause(-a[i], -b[j], sum[i + j]);
        }
        if (i + j + 1 < sum.length) {
          clause(unary(a, i + 1), unary(b, j + 1), -sum[i + j + 1]);
        }
      }
    }
    return sum;
  }

  /** "At least m applicants hold p", both ways, for m = 0 to maxPositions + 1 (Sinz's counter, both directions). */
  private int[] totalCounter(int p) {
    int top = maxPositions[p] + 1;
    int[] previous = new int[top + 1];
    java.util.Arrays.fill(previous, -yes);
    previous[0] = yes;
    for (int h : holder[p]) {
      if (h == 0) {
        continue;
      }
      int[] next = new int[top + 1];
      next[0] = yes;
      for (int m = 1; m <= top; m++) {
        int v = newVar();
        next[m] = v;
        clause(-previous[m], v);
        clause(-h, -previous[m - 1], v);
        clause(-v, previous[m], h);
        clause(-v, previous[m], previous[m - 1]);
      }
      previous = next;
    }
    return previous;
  }

  /** A literal equal to a or b. */
  private int or(int a, int b) {
    if (a == yes || b == yes) {
      return yes;
    }
    if (a == -yes) {
      return b;
    }
    if (b == -yes) {
      return a;
    }
    int v = newVar();
    clause(-a, v);
    clause(-b, v);
    clause(-v, a, b);
    return v;
  }

  /**
   * A literal implying that p's holders it ranks 0 to j are at least its final positions plus
   * delta (for a program reversions do not touch, a counter of its own positions plus delta).
   */
  private int full(int p, int j, int delta) {
    if (!moving[p]) {
      return atLeast(p, j, positions[p] + delta);
    }
    long key = ((long) p << 40) | ((long) (j + 1) << 20) | (delta + 8);
    Integer known = fullness.get(key);
    if (known != null) {
      return known;
    }
    int f = newVar();
    fullness.put(key, f);
    for (int m = 0; m <= maxPositions[p]; m++) { // final positions >= m implies at least m + delta of them
      clause(-f, -finalAtLeast[p][m], atLeast(p, j, m + delta));
    }
    return f;
  }

  // ---- counters ----

  /** A literal implying that at least t of p's holders have ranks 0 to j. */
  private int atLeast(int p, int j, int t) {
    if (t <= 0) {
      return yes;
    }
    if (j < 0 || t > j + 1) {
      return -yes;
    }
    long key = ((long) p << 40) | ((long) j << 20) | t;
    Integer known = counters.get(key);
    if (known != null) {
      return known;
    }
    int below = atLeast(p, j - 1, t);
    int belowOneLess = atLeast(p, j - 1, t - 1);
    int h = holder[p][j];
    int s = newVar();
    counters.put(key, s);
    // s -> (count to j-1 reaches t) or (h and count to j-1 reaches t-1)
    if (h == 0) {
      clause(-s, below);
    } else {
      clause(-s, below, h);
      clause(-s, below, belowOneLess);
    }
    return s;
  }

  // ---- stability ----

  private void singlesStability() {
    for (List<int[]> entries : singleEntries.values()) {
      for (int i = 0; i < entries.size(); i++) {
        int p = entries.get(i)[0];
        int r = entries.get(i)[1];
        if (!moving[p] && positions[p] <= 0) {
          continue; // a program without positions admits nobody
        }
        int[] literals = new int[i + 3];
        for (int k = 0; k <= i; k++) {
          literals[k] = entries.get(k)[2];
        }
        literals[i + 1] = full(p, r - 1, 0); // full with applicants p ranks higher
        literals[i + 2] = relaxation();
        clause(literals);
      }
    }
    fullnessChains();
  }

  /**
   * Implied clauses that let unit propagation run deferred acceptance: once a program is full with
   * the applicants it ranks 0 to j, it is full with those to j + 1, and the applicant at j + 1
   * does not hold it.
   */
  private void fullnessChains() {
    for (int p = 0; p < holder.length; p++) {
      int seats = positions[p];
      if (!moving[p] && seats <= 0) {
        continue;
      }
      for (int j = moving[p] ? 0 : seats - 1; j + 1 < holder[p].length; j++) {
        int full = full(p, j, 0);
        clause(-full, full(p, j + 1, 0));
        if (holder[p][j + 1] != 0) {
          clause(-full, -holder[p][j + 1]);
        }
      }
    }
  }

  /**
   * Supplemental blocks: an applicant holding the advanced program holds that PGY-1 entry or a
   * better one, or the preliminary program is full with applicants it ranks higher.
   */
  private void supplementalStability() {
    for (Supplemental supplemental : supplementals) {
      List<int[]> entries = supplemental.entries();
      for (int i = 0; i < entries.size(); i++) {
        int q = entries.get(i)[0];
        if (!moving[q] && positions[q] <= 0) {
          continue;
        }
        int[] literals = new int[i + 4];
        literals[0] = -supplemental.holds();
        for (int k = 0; k <= i; k++) {
          literals[k + 1] = entries.get(k)[2];
        }
        literals[i + 2] = full(q, entries.get(i)[1] - 1, 0);
        literals[i + 3] = relaxation();
        clause(literals);
      }
    }
  }

  private void couplesStability() {
    for (int c = 0; c < couplePairs.size(); c++) {
      List<int[]> pairs = couplePairs.get(c);
      for (int k = 0; k < pairs.size(); k++) {
        if (definition == StabilityDefinition.STABLE_MATCHING_SUITE) {
          suiteClause(pairs, k, relaxation());
        } else {
          projectClauses(market.couples().get(c), pairs, k, relaxation());
        }
      }
    }
  }

  /** The suite's rule: the couple holds pair k or better, or a side will not accept its member as seats are held. */
  private void suiteClause(List<int[]> pairs, int k, int relax) {
    int[] pair = pairs.get(k);
    List<Integer> literals = new ArrayList<>();
    for (int b = 0; b <= k; b++) {
      literals.add(pairs.get(b)[4]);
    }
    if (pair[0] >= 0 && pair[0] == pair[2]) {
      int p = pair[0];
      if (!moving[p] && positions[p] < 2) {
        return; // cannot take both: never blocks
      }
      literals.add(full(p, pair[1], -1));
      literals.add(full(p, pair[3], -1));
    } else {
      for (int s = 0; s < 2; s++) {
        int p = pair[2 * s];
        if (p >= 0) {
          if (!moving[p] && positions[p] <= 0) {
            return;
          }
          literals.add(full(p, pair[2 * s + 1], 0));
        }
      }
    }
    if (relax != 0) {
      literals.add(relax);
    }
    clause(literals.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * This project's rule, one clause per pair the couple may hold below k (and one for holding
   * nothing): given where the members sit, each member that moves must be admitted with the
   * couple's seats given up, except a seat a member keeps.
   */
  private void projectClauses(Couple couple, List<int[]> pairs, int k, int relax) {
    int[] pair = pairs.get(k);
    String[] members = {couple.member1(), couple.member2()};
    for (int current = k + 1; current <= pairs.size(); current++) { // pairs.size(): holding nothing
      int[] held = current < pairs.size() ? pairs.get(current) : new int[] {-1, -1, -1, -1, 0};
      // A member holding an advanced program may hold a PGY-1 seat at a program of pair k, which
      // changes what that program would admit: one clause per such state (rare), and one for none.
      List<List<int[]>> pgy1 = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        List<int[]> options = new ArrayList<>();
        for (Supplemental supplemental : supplementalsOf.getOrDefault(members[t], List.of())) {
          if (supplemental.advanced() == held[2 * t]) {
            for (int[] entry : supplemental.entries()) {
              if (entry[0] == pair[0] || entry[0] == pair[2]) {
                options.add(entry);
              }
            }
          }
        }
        pgy1.add(options);
      }
      for (int g0 = -1; g0 < pgy1.get(0).size(); g0++) {
        for (int g1 = -1; g1 < pgy1.get(1).size(); g1++) {
          int[][] seat = {g0 < 0 ? null : pgy1.get(0).get(g0), g1 < 0 ? null : pgy1.get(1).get(g1)};
          List<Integer> literals = new ArrayList<>();
          if (!blockable(pair, held, seat, literals)) {
            continue;
          }
          for (int t = 0; t < 2; t++) {
            if (seat[t] != null) {
              literals.add(-seat[t][2]);
            } else {
              pgy1.get(t).forEach(option -> literals.add(option[2]));
            }
          }
          if (current < pairs.size()) {
            literals.add(-held[4]);
          } else {
            for (int[] any : pairs) {
              literals.add(any[4]);
            }
          }
          if (relax != 0) {
            literals.add(relax);
          }
          clause(literals.stream().mapToInt(Integer::intValue).toArray());
        }
      }
    }
  }

  /**
   * Whether pair {@code pair} could block while the couple holds {@code held} and its members
   * hold the PGY-1 seats {@code seat} ({program, rank, variable} or null each); if so, adds to
   * {@code literals} the conditions under which a side would not admit its member.
   */
  private boolean blockable(int[] pair, int[] held, int[][] seat, List<Integer> literals) {
    for (int s = 0; s < 2; s++) {
      int p = pair[2 * s];
      int r = pair[2 * s + 1];
      if (p < 0 || p == held[2 * s]) {
        continue; // no match on this side, or this member stays
      }
      int other = 1 - s;
      int otherTo = pair[2 * other];
      int otherHeld = held[2 * other];
      boolean otherArrivesHere = otherTo == p && otherHeld != p;
      boolean otherStays = otherTo == otherHeld;
      boolean otherKeepsSeatHere = otherStays && (otherHeld == p || (seat[other] != null && seat[other][0] == p));
      int kept = otherKeepsSeatHere ? 1 : 0;
      int extra = otherArrivesHere && pair[2 * other + 1] < r ? 1 : 0;
      int deviatorsAbove = 0; // the members' seats at p ranked above r: not counted among the others
      for (int t = 0; t < 2; t++) {
        if (held[2 * t] == p && held[2 * t + 1] < r) {
          deviatorsAbove++;
        }
        if (seat[t] != null && seat[t][0] == p && seat[t][1] < r) {
          deviatorsAbove++;
        }
      }
      // Not admitted exactly when the others above r, plus a partner arriving above, fill the seats.
      int literal = full(p, r - 1, deviatorsAbove - extra - kept);
      if (literal == yes) {
        return false; // this side never admits: no block from this pair in this state
      } else if (literal != -yes) {
        literals.add(literal);
      }
    }
    return true;
  }

  // ---- solver plumbing ----

  /**
   * For the most-stable search, a new variable that releases one potential blocking coalition's
   * clauses (a single's or PGY-1 entry, a couple's pair); 0, adding nothing, otherwise.
   */
  private int relaxation() {
    if (!relaxed) {
      return 0;
    }
    int b = newVar();
    relaxations.add(b);
    return b;
  }

  /** The relaxation variables, one per potential blocking coalition (most-stable search only). */
  int[] relaxations() {
    return relaxations.stream().mapToInt(Integer::intValue).toArray();
  }

  private int newVar() {
    return formula.newVariable();
  }

  /**
   * Adds a clause, with the constants resolved here: a clause holding {@code yes} is satisfied and
   * left out, and {@code -yes} is dropped from the others. (Left in, the constant's watch lists
   * grow with every counter and the solver spends its time walking them.)
   */
  private void clause(int... literals) {
    int kept = 0;
    int[] resolved = new int[literals.length];
    for (int literal : literals) {
      if (literal == 0) {
        continue; // no relaxation
      }
      if (literal == yes && yes != 0) {
        return;
      }
      if (literal != -yes || yes == 0) {
        resolved[kept++] = literal;
      }
    }
    formula.clause(java.util.Arrays.copyOf(resolved, kept));
    constraints++;
  }

  private void atMostOne(int[] variables) {
    if (variables.length > 1) {
      formula.atMost(variables, 1);
      constraints++;
    }
  }
}

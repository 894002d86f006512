package io.github.matchsim.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a market against every rule of {@code docs/formats.md} and collects all problems found.
 *
 * <p>Rules beyond the list in docs/formats.md, each needed for the semantics to be well defined: an
 * advanced program may be linked to at most one supplemental list of an applicant (otherwise which
 * list applies is ambiguous); reversion positions are at least 1; a couple's list has no duplicate
 * pair; a couple member's supplemental list is linked to an advanced program on the member's side
 * of the couple's pairs (the member has no primary list of its own).
 */
final class MarketValidator {
  private final List<Program> programs;
  private final List<Applicant> applicants;
  private final List<Couple> couples;
  private final Map<String, Integer> programIndex;
  private final Map<String, Integer> applicantIndex;
  private final List<MarketProblem> problems = new ArrayList<>();
  /** Per dense id: the list that saw it last, and where; see {@link #checkList}. */
  private final int[] programStamp;
  private final int[] programFirst;
  private final int[] applicantStamp;
  private final int[] applicantFirst;
  private int listStamp;

  private MarketValidator(
      List<Program> programs,
      List<Applicant> applicants,
      List<Couple> couples,
      Map<String, Integer> programIndex,
      Map<String, Integer> applicantIndex) {
    this.programs = programs;
    this.applicants = applicants;
    this.couples = couples;
    this.programIndex = programIndex;
    this.applicantIndex = applicantIndex;
    this.programStamp = new int[programs.size()];
    this.programFirst = new int[programs.size()];
    this.applicantStamp = new int[applicants.size()];
    this.applicantFirst = new int[applicants.size()];
  }

  /** Checks a market: its {@link #problems} are empty when it is valid. */
  static MarketValidator validate(
      List<Program> programs,
      List<Applicant> applicants,
      List<Couple> couples,
      Map<String, Integer> programIndex,
      Map<String, Integer> applicantIndex) {
    MarketValidator validator =
        new MarketValidator(programs, applicants, couples, programIndex, applicantIndex);
    validator.checkIds();
    validator.checkPrograms();
    int[] coupleOf = validator.checkCouples();
    validator.checkApplicants(coupleOf);
    if (validator.checkReversionCycles()) {
      validator.checkReversionTotals();
    }
    return validator;
  }

  /** All problems of the market, in list order; empty when it is valid. */
  List<MarketProblem> problems() {
    return problems;
  }

  private void report(String path, String message) {
    problems.add(new MarketProblem(path, message));
  }

  private void checkIds() {
    checkUniqueIds("programs", "program", programs.stream().map(Program::id).toList());
    checkUniqueIds("applicants", "applicant", applicants.stream().map(Applicant::id).toList());
    checkUniqueIds("couples", "couple", couples.stream().map(Couple::id).toList());
  }

  private void checkUniqueIds(String list, String kind, List<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String path = list + "[" + i + "].id";
      if (id.isEmpty()) {
        report(path, kind + " id is empty");
        continue;
      }
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        report(path, "duplicate " + kind + " id \"" + id + "\" (also " + list + "[" + earlier + "])");
      }
    }
  }

  private void checkPrograms() {
    for (int i = 0; i < programs.size(); i++) {
      Program program = programs.get(i);
      if (program.positions() < 0) {
        report("programs[" + i + "].positions",
            "program \"" + program.id() + "\" has negative positions (" + program.positions() + ")");
      }
      checkList("programs", i, ".rankOrderList", program.rankOrderList(), applicantIndex, "applicant");
      if (!program.reversions().isEmpty()) {
        checkReversions("programs[" + i + "]", program);
      }
    }
  }

  private void checkReversions(String path, Program program) {
    Set<String> receivers = new HashSet<>();
    long total = 0;
    for (int k = 0; k < program.reversions().size(); k++) {
      Reversion reversion = program.reversions().get(k);
      String at = path + ".reversions[" + k + "]";
      if (!programIndex.containsKey(reversion.to())) {
        report(at + ".to", "reversion to unknown program \"" + reversion.to() + "\"");
      } else if (reversion.to().equals(program.id())) {
        report(at + ".to", "program \"" + program.id() + "\" reverts positions to itself");
      } else if (!receivers.add(reversion.to())) {
        report(at + ".to", "duplicate reversion to \"" + reversion.to() + "\"");
      }
      if (reversion.positions() < 1) {
        report(at + ".positions",
            "reversion positions must be at least 1, not " + reversion.positions());
      }
      total += Math.max(0, reversion.positions());
    }
    if (total > Math.max(0, program.positions())) {
      report(path + ".reversions",
          "reversions of program \"" + program.id() + "\" move " + total
              + " positions but it has only " + program.positions());
    }
  }

  /** Checks couples and returns, per applicant index, the couple index it belongs to or -1. */
  private int[] checkCouples() {
    int[] coupleOf = new int[applicants.size()];
    Arrays.fill(coupleOf, -1);
    for (int c = 0; c < couples.size(); c++) {
      Couple couple = couples.get(c);
      String path = "couples[" + c + "]";
      if (couple.member1().equals(couple.member2())) {
        report(path + ".members",
            "applicant \"" + couple.member1() + "\" is coupled with itself");
      }
      for (int m = 0; m < 2; m++) {
        String member = couple.member(m);
        Integer index = applicantIndex.get(member);
        String at = path + ".members[" + m + "]";
        if (index == null) {
          report(at, "unknown applicant \"" + member + "\"");
        } else if (m == 1 && couple.member1().equals(member)) {
          continue; // already reported as coupled with itself
        } else if (coupleOf[index] >= 0) {
          report(at, "applicant \"" + member + "\" is in two couples (\""
              + couples.get(coupleOf[index]).id() + "\" and \"" + couple.id() + "\")");
        } else {
          coupleOf[index] = c;
        }
      }
      checkPairs(path + ".rankOrderList", couple.rankOrderList());
    }
    return coupleOf;
  }

  private void checkPairs(String path, List<ProgramPair> pairs) {
    Map<ProgramPair, Integer> first = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      ProgramPair pair = pairs.get(k);
      String at = path + "[" + k + "]";
      if (pair.first() == null && pair.second() == null) {
        report(at, "a couple's pair has no program on either side");
        continue;
      }
      for (int side = 0; side < 2; side++) {
        String program = pair.side(side);
        if (program != null && !programIndex.containsKey(program)) {
          report(at + "[" + side + "]", "unknown program \"" + program + "\"");
        }
      }
      Integer earlier = first.putIfAbsent(pair, k);
      if (earlier != null) {
        report(at, "duplicate pair " + pair + " (first at [" + earlier + "])");
      }
    }
  }

  private void checkApplicants(int[] coupleOf) {
    for (int i = 0; i < applicants.size(); i++) {
      Applicant applicant = applicants.get(i);
      boolean supplemental = !applicant.supplementalLists().isEmpty();
      Set<String> ranked = Set.of(); // needed only to check the links of supplemental lists
      if (coupleOf[i] >= 0) {
        if (!applicant.rankOrderList().isEmpty()) {
          report("applicants[" + i + "].rankOrderList", "applicant \"" + applicant.id()
              + "\" is a member of couple \"" + couples.get(coupleOf[i]).id()
              + "\" and so has no rank order list of its own");
        }
        ranked = supplemental ? memberSide(couples.get(coupleOf[i]), applicant.id()) : ranked;
      } else {
        ranked = supplemental ? new HashSet<>(applicant.rankOrderList()) : ranked;
      }
      if (coupleOf[i] < 0) { // a member's own list is an error of its own, reported above
        checkList("applicants", i, ".rankOrderList", applicant.rankOrderList(), programIndex, "program");
      }
      if (supplemental) {
        checkSupplementalLists("applicants[" + i + "]", applicant, ranked);
      }
    }
  }

  private static Set<String> memberSide(Couple couple, String member) {
    Set<String> side = new HashSet<>();
    for (int m = 0; m < 2; m++) {
      if (couple.member(m).equals(member)) {
        for (ProgramPair pair : couple.rankOrderList()) {
          if (pair.side(m) != null) {
            side.add(pair.side(m));
          }
        }
      }
    }
    return side;
  }

  private void checkSupplementalLists(String path, Applicant applicant, Set<String> ranked) {
    Map<String, Integer> linkedIn = new HashMap<>();
    for (int s = 0; s < applicant.supplementalLists().size(); s++) {
      SupplementalList list = applicant.supplementalLists().get(s);
      String at = path + ".supplementalLists[" + s + "]";
      if (list.linkedTo().isEmpty()) {
        report(at + ".linkedTo", "supplemental list is linked to no advanced program");
      }
      for (int k = 0; k < list.linkedTo().size(); k++) {
        String advanced = list.linkedTo().get(k);
        String linkPath = at + ".linkedTo[" + k + "]";
        Integer index = programIndex.get(advanced);
        if (index == null) {
          report(linkPath, "unknown program \"" + advanced + "\"");
          continue;
        }
        if (!programs.get(index).type().isAdvanced()) {
          report(linkPath, "supplemental list linked to \"" + advanced + "\", which is "
              + programs.get(index).type().externalName() + ", not advanced");
        } else if (!ranked.contains(advanced)) {
          report(linkPath, "supplemental list linked to \"" + advanced
              + "\", which is not on the applicant's primary list");
        }
        Integer other = linkedIn.putIfAbsent(advanced, s);
        if (other != null) {
          report(linkPath, other == s
              ? "duplicate link to \"" + advanced + "\""
              : "\"" + advanced + "\" is linked to two supplemental lists ("
                  + path + ".supplementalLists[" + other + "] too)");
        }
      }
      checkList(at, -1, ".rankOrderList", list.rankOrderList(), programIndex, "program");
      for (int k = 0; k < list.rankOrderList().size(); k++) {
        Integer index = programIndex.get(list.rankOrderList().get(k));
        if (index != null && !programs.get(index).type().isPgy1Year()) {
          report(at + ".rankOrderList[" + k + "]", "supplemental list names \""
              + list.rankOrderList().get(k) + "\", which is "
              + programs.get(index).type().externalName() + ", not preliminary or transitional");
        }
      }
    }
  }

  /**
   * Reports unknown ids and duplicates in a rank order list. Duplicates are found with a stamp per
   * dense id rather than a set per list: a large market has tens of thousands of lists.
   */
  private void checkList(String owner, int i, String field, List<String> list, Map<String, Integer> known,
      String kind) {
    int[] stamp = known == programIndex ? programStamp : applicantStamp;
    int[] first = known == programIndex ? programFirst : applicantFirst;
    int current = ++listStamp;
    for (int k = 0; k < list.size(); k++) {
      String id = list.get(k);
      Integer index = known.get(id);
      if (index == null) {
        report(path(owner, i, field) + "[" + k + "]", "unknown " + kind + " \"" + id + "\"");
        continue;
      }
      if (stamp[index] == current) {
        report(path(owner, i, field) + "[" + k + "]",
            "duplicate entry \"" + id + "\" (first at [" + first[index] + "])");
      } else {
        stamp[index] = current;
        first[index] = k;
      }
    }
  }

  /** A list's path, built only for a message: {@code owner[i]field}, or {@code ownerfield} when i < 0. */
  private static String path(String owner, int i, String field) {
    return (i < 0 ? owner : owner + "[" + i + "]") + field;
  }

  /**
   * Reports each reversion that closes a cycle, found by depth-first search.
   *
   * @return whether there is none
   */
  private boolean checkReversionCycles() {
    int before = problems.size();
    int n = programs.size();
    byte[] state = new byte[n]; // 0 new, 1 on the current path, 2 done
    int[] pathEdge = new int[n];
    int[] stack = new int[n]; // iterative DFS so that long chains cannot overflow the call stack
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      int depth = 0;
      stack[depth++] = start;
      state[start] = 1;
      pathEdge[start] = 0;
      while (depth > 0) {
        int donor = stack[depth - 1];
        List<Reversion> reversions = programs.get(donor).reversions();
        if (pathEdge[donor] < reversions.size()) {
          int k = pathEdge[donor]++;
          Integer receiver = programIndex.get(reversions.get(k).to());
          if (receiver == null || receiver == donor) {
            continue; // reported elsewhere
          }
          if (state[receiver] == 1) {
            report("programs[" + donor + "].reversions[" + k + "].to",
                "reversion closes a cycle: " + cycleText(stack, depth, receiver));
          } else if (state[receiver] == 0) {
            state[receiver] = 1;
            pathEdge[receiver] = 0;
            stack[depth++] = receiver;
          }
        } else {
          state[donor] = 2;
          depth--;
        }
      }
    }
    return problems.size() == before;
  }

  /**
   * Reports each program whose positions could, with every reversion into it taken in full, pass
   * {@link Integer#MAX_VALUE}: the positions a program can end with are its own plus, per reversion
   * into it, at most the reversion's positions and at most what its donor can end with. Programs
   * are taken in topological order of the (acyclic) reversions.
   */
  private void checkReversionTotals() {
    int n = programs.size();
    int[] incoming = new int[n];
    for (Program program : programs) {
      for (Reversion reversion : program.reversions()) {
        Integer receiver = programIndex.get(reversion.to());
        if (receiver != null) {
          incoming[receiver]++;
        }
      }
    }
    long[] most = new long[n];
    int[] ready = new int[n];
    int head = 0;
    int tail = 0;
    for (int p = 0; p < n; p++) {
      most[p] = Math.max(0, programs.get(p).positions());
      if (incoming[p] == 0) {
        ready[tail++] = p;
      }
    }
    while (head < tail) {
      int donor = ready[head++];
      if (most[donor] > Integer.MAX_VALUE) {
        report("programs[" + donor + "].positions", "program \"" + programs.get(donor).id()
            + "\" can end with up to " + most[donor] + " positions after reversions into it, more than "
            + Integer.MAX_VALUE);
        most[donor] = Integer.MAX_VALUE; // reported once; do not report its receivers for it again
      }
      for (Reversion reversion : programs.get(donor).reversions()) {
        Integer receiver = programIndex.get(reversion.to());
        if (receiver != null) {
          most[receiver] += Math.min(Math.max(0, reversion.positions()), most[donor]);
          if (--incoming[receiver] == 0) {
            ready[tail++] = receiver;
          }
        }
      }
    }
  }

  private String cycleText(int[] stack, int depth, int receiver) {
    StringBuilder text = new StringBuilder();
    boolean started = false;
    for (int i = 0; i < depth; i++) {
      started |= stack[i] == receiver;
      if (started) {
        text.append('"').append(programs.get(stack[i]).id()).append("\" -> ");
      }
    }
    return text.append('"').append(programs.get(receiver).id()).append('"').toString();
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatistics;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Program;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulator.market.Specialty;
import io.github.matchsim.stability.BlockingCoalition;
import io.github.matchsim.stability.StabilityChecker;
import io.github.matchsim.stability.StabilityDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The margins of a simulated national match that the published figures describe, measured the
 * same way for every study that reports them ({@code nrmp-2025}, {@code calibration}): each metric
 * is declared once here, so two studies cannot measure "positions filled" two ways.
 */
final class NationalMetrics {
  /** The four groups with a published PGY-1 match rate. */
  static final List<NrmpGroup> PUBLISHED_GROUPS = List.of(NrmpGroup.US_MD, NrmpGroup.US_DO, NrmpGroup.US_IMG,
      NrmpGroup.NON_US_IMG);

  static final Metric MATCH_RATE = Metric.percent("match_rate");
  static final Metric ACTIVE_MATCHED = Metric.percent("active_applicants_matched");
  static final Metric POSITIONS_FILLED = Metric.percent("positions_filled");
  static final Metric UNFILLED_POSITIONS = Metric.count("unfilled_positions");
  static final Metric COUPLES_BOTH = Metric.percent("couples_both_matched");
  static final Metric PARTIAL_MATCHES = Metric.count("partial_matches");
  static final Metric LIST_MATCHED = Metric.count("list_length_matched");
  static final Metric LIST_UNMATCHED = Metric.count("list_length_unmatched");
  static final Metric RANKED_PER_PROGRAM = Metric.count("ranked_per_filled_program");
  static final Metric FIRST_CHOICE = Metric.percent("us_md_first_choice");
  static final Metric PRELIM_SURGERY_FILLED = Metric.percent("prelim_surgery_filled");
  static final Metric STABLE = Metric.shareOfRuns("stable");
  static final Metric BLOCKING = Metric.count("blocking_coalitions");
  /**
   * Coalitions in which a couple member would move into the program its partner holds now, using
   * the seat the partner leaves: stability as this project defines it (Biró, Manlove and McBride)
   * counts them; the Stable Matching Suite's verifier and Roth and Peranson's Appendix C do not.
   */
  static final Metric PARTNER_SEAT_BLOCKING = Metric.count("partner_seat_coalitions");
  /** Times a run found Roth–Peranson's process repeating a state and cut the cycle (see {@code RunCounters}). */
  static final Metric CYCLES = Metric.count("cycles_cut");
  /** Runs whose matching is stable by the Stable Matching Suite's definition of couple stability. */
  static final Metric STABLE_BY_SUITE = Metric.shareOfRuns("stable_by_suite_definition");
  /** Per specialty ({@link #key}): its positions filled, and its applicants matched in it. */
  static final Metric SPECIALTY_FILLED = Metric.percent("specialty_filled");
  static final Metric SPECIALTY_MATCHED = Metric.percent("specialty_matched");

  static final String PRELIM_SURGERY = "Surgery-Preliminary (PGY-1 Only)";

  private NationalMetrics() {}

  /** A specialty's name as a metric name allows: runs of other characters become one {@code _}. */
  static String key(Specialty specialty) {
    return specialty.name().replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_|_$", "");
  }

  /** One national replication as {@code nrmp-2025} and {@code calibration} run it: draw, match, measure. */
  static Map<Metric, Double> replicate(NationalMarketModel model, long seed) {
    SimulatedMarket sim = model.generate(seed);
    return measure(sim, StudyMatch.of(sim.market(), seed), model.specialties());
  }

  /**
   * The margins of one matched market. Group rates, list lengths and first choices are of single
   * applicants and couple members alike where the published figure counts them so; list lengths
   * are of single applicants only (a couple ranks pairs, not programs).
   */
  static Map<Metric, Double> measure(SimulatedMarket sim, MatchResult result, List<Specialty> specialties) {
    MatchStatistics s = result.statistics();
    Matching matching = result.matching();
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (NrmpGroup group : NrmpGroup.values()) {
      int matched = s.matchedByGroup().getOrDefault(group.label(), 0);
      int total = matched + s.unmatchedByGroup().getOrDefault(group.label(), 0);
      metrics.put(MATCH_RATE.by(group.label()), total == 0 ? Double.NaN : 100.0 * matched / total);
    }
    metrics.put(ACTIVE_MATCHED, 100.0 * s.matched() / s.applicants());
    metrics.put(POSITIONS_FILLED, 100.0 * s.filledPositions() / s.positions());
    metrics.put(UNFILLED_POSITIONS, (double) s.unfilledPositions());
    metrics.put(COUPLES_BOTH, s.couples() == 0 ? Double.NaN : s.couplesBothMatchedPercent());
    metrics.put(PARTIAL_MATCHES, (double) s.partialMatches());
    listLengthsAndFirstChoices(sim, matching, metrics);
    programs(sim, matching, specialties, metrics);
    metrics.put(STABLE, result.status() == MatchStatus.STABLE ? 1.0 : 0.0);
    int partnerSeats = 0;
    for (BlockingCoalition coalition : result.blocking()) {
      partnerSeats += isPartnerSeat(coalition, matching) ? 1 : 0;
    }
    metrics.put(BLOCKING, (double) result.blocking().size());
    metrics.put(PARTNER_SEAT_BLOCKING, (double) partnerSeats);
    metrics.put(CYCLES, (double) s.cycles());
    metrics.put(STABLE_BY_SUITE, result.status() == MatchStatus.STABLE
        || StabilityChecker.isStable(matching, StabilityDefinition.STABLE_MATCHING_SUITE) ? 1.0 : 0.0);
    return metrics;
  }

  /** Whether a couple's coalition moves a member into the program its partner holds now. */
  static boolean isPartnerSeat(BlockingCoalition coalition, Matching matching) {
    if (coalition.kind() != BlockingCoalition.Kind.COUPLE) {
      return false;
    }
    for (int s = 0; s < 2; s++) {
      String to = coalition.programs().get(s);
      Optional<String> partnerHolds = matching.assignmentOf(coalition.applicants().get(1 - s)).map(Assignment::program);
      if (to != null && partnerHolds.isPresent() && partnerHolds.get().equals(to)) {
        return true;
      }
    }
    return false;
  }

  private static void listLengthsAndFirstChoices(SimulatedMarket sim, Matching matching, Map<Metric, Double> metrics) {
    double matchedLength = 0;
    double unmatchedLength = 0;
    int matchedSingles = 0;
    int unmatchedSingles = 0;
    int usMd = 0;
    int usMdFirst = 0;
    for (Applicant applicant : sim.market().applicants()) {
      if (applicant.rankOrderList().isEmpty() && applicant.supplementalLists().isEmpty()) {
        continue; // a couple member (its couple ranks pairs) or an applicant without interviews
      }
      int length = applicant.rankOrderList().size()
          + applicant.supplementalLists().stream().mapToInt(list -> list.rankOrderList().size()).sum();
      Optional<Assignment> assignment = matching.assignmentOf(applicant.id());
      if (assignment.isPresent()) {
        matchedLength += length;
        matchedSingles++;
        if (NrmpGroup.US_MD.label().equals(applicant.group())) {
          usMd++;
          usMdFirst += assignment.get().rank() == 1 ? 1 : 0;
        }
      } else {
        unmatchedLength += length;
        unmatchedSingles++;
      }
    }
    metrics.put(LIST_MATCHED, matchedSingles == 0 ? Double.NaN : matchedLength / matchedSingles);
    metrics.put(LIST_UNMATCHED, unmatchedSingles == 0 ? Double.NaN : unmatchedLength / unmatchedSingles);
    metrics.put(FIRST_CHOICE, usMd == 0 ? Double.NaN : 100.0 * usMdFirst / usMd);
  }

  private static void programs(SimulatedMarket sim, Matching matching, List<Specialty> specialties,
      Map<Metric, Double> metrics) {
    Map<String, Integer> specialtyIndex = new LinkedHashMap<>();
    for (int k = 0; k < specialties.size(); k++) {
      specialtyIndex.put(specialties.get(k).name(), k);
    }
    long[] offered = new long[specialties.size()];
    long[] filled = new long[specialties.size()];
    Map<String, Integer> specialtyOfProgram = new java.util.HashMap<>(2 * sim.programs().size());
    double ranked = 0;
    int filledPrograms = 0;
    for (int p = 0; p < sim.programs().size(); p++) {
      Program program = sim.market().programs().get(p);
      int k = specialtyIndex.get(sim.programs().get(p).specialty());
      specialtyOfProgram.put(program.id(), k);
      int holders = matching.holdersOf(program.id()).size();
      offered[k] += matching.finalPositionsOf(program.id());
      filled[k] += holders;
      if (holders > 0) {
        ranked += program.rankOrderList().size();
        filledPrograms++;
      }
    }
    metrics.put(RANKED_PER_PROGRAM, filledPrograms == 0 ? Double.NaN : ranked / filledPrograms);
    int surgery = specialtyIndex.getOrDefault(PRELIM_SURGERY, -1);
    metrics.put(PRELIM_SURGERY_FILLED, surgery < 0 || offered[surgery] == 0 ? Double.NaN
        : 100.0 * filled[surgery] / offered[surgery]);
    int[] preferring = new int[specialties.size()];
    int[] matchedIn = new int[specialties.size()];
    for (SimulatedMarket.ApplicantProfile applicant : sim.applicants()) {
      int k = specialtyIndex.get(applicant.specialty());
      preferring[k]++;
      Optional<Assignment> assignment = matching.assignmentOf(applicant.id());
      matchedIn[k] += assignment.isPresent() && specialtyOfProgram.get(assignment.get().program()) == k ? 1 : 0;
    }
    for (int k = 0; k < specialties.size(); k++) {
      String key = key(specialties.get(k));
      metrics.put(SPECIALTY_FILLED.by(key), offered[k] == 0 ? Double.NaN : 100.0 * filled[k] / offered[k]);
      metrics.put(SPECIALTY_MATCHED.by(key), preferring[k] == 0 ? Double.NaN : 100.0 * matchedIn[k] / preferring[k]);
    }
  }
}

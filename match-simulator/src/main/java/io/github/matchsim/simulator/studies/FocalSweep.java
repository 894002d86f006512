package io.github.matchsim.simulator.studies;

import io.github.matchsim.matching.Assignment;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.FocalApplicant;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The template of the studies that ask "what would happen to an applicant like this one": each
 * cell of the sweep (a profile: group, specialty, applications, visa) puts a few copies of its
 * applicant into every simulated market, and a replication measures, per cell, the share of copies
 * that matched, and their interviews. Focal applicants leave the rest of the market as drawn
 * ({@link FocalApplicant}); the copies of all cells share one market, a small addition to it.
 */
final class FocalSweep {
  static final Metric MATCHED = Metric.percent("matched_percent");
  static final Metric MATCHED_IN_SPECIALTY = Metric.percent("matched_in_specialty_percent");
  static final Metric INTERVIEWS = Metric.count("interviews");
  static final Metric NO_INTERVIEW = Metric.percent("no_interview_percent");

  /** One profile of the sweep: its key in the metrics, and its applicant given an id. */
  record Cell(Object key, String specialty, Function<String, FocalApplicant> applicant) {}

  private final List<Cell> cells;
  private final int copies;

  FocalSweep(List<Cell> cells, int copies) {
    this.cells = List.copyOf(cells);
    this.copies = copies;
  }

  /** The model with every cell's copies added. */
  NationalMarketModel model(NationalMarketModel.Builder builder) {
    for (int c = 0; c < cells.size(); c++) {
      for (int copy = 1; copy <= copies; copy++) {
        builder.focalApplicant(cells.get(c).applicant().apply(copyId(c, copy)));
      }
    }
    return builder.build();
  }

  /** The copies' id: cell {@code cell}, copy {@code copy} from 1. */
  static String copyId(int cell, int copy) {
    return "F" + cell + "-" + copy;
  }

  /** One replication: the market matched, and per cell the metrics of its copies. */
  Map<Metric, Double> replicate(SimulatedMarket sim, long seed) {
    return measure(sim, StudyMatch.of(sim.market(), seed).matching());
  }

  int copies() {
    return copies;
  }

  /** Per cell, the metrics of its copies in a matched market. */
  Map<Metric, Double> measure(SimulatedMarket sim, Matching matching) {
    Map<String, String> specialtyOf = new HashMap<>();
    sim.programs().forEach(p -> specialtyOf.put(p.id(), p.specialty()));
    Map<String, SimulatedMarket.ApplicantProfile> profiles = new HashMap<>();
    sim.applicants().forEach(a -> profiles.put(a.id(), a));
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      int matched = 0;
      int inSpecialty = 0;
      int interviews = 0;
      int none = 0;
      for (int copy = 1; copy <= copies; copy++) {
        String id = copyId(c, copy);
        SimulatedMarket.ApplicantProfile profile = profiles.get(id);
        interviews += profile.interviews().size();
        none += profile.interviews().isEmpty() ? 1 : 0;
        Optional<Assignment> held = matching.assignmentOf(id);
        if (held.isPresent()) {
          matched++;
          inSpecialty += cell.specialty().equals(specialtyOf.get(held.get().program())) ? 1 : 0;
        }
      }
      metrics.put(MATCHED.by(cell.key()), 100.0 * matched / copies);
      metrics.put(MATCHED_IN_SPECIALTY.by(cell.key()), 100.0 * inSpecialty / copies);
      metrics.put(INTERVIEWS.by(cell.key()), (double) interviews / copies);
      metrics.put(NO_INTERVIEW.by(cell.key()), 100.0 * none / copies);
    }
    return metrics;
  }
}

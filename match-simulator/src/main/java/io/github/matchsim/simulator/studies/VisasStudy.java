package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulator.market.FocalApplicant;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code visas}: a non-US IMG who needs a J-1 or an H-1B visa can match only where a program takes
 * it. The probability of matching for each visa need against none, by specialty, for the same
 * applicant otherwise (median standing of its group, 120 applications in the specialty).
 */
public final class VisasStudy implements Study {
  /** The specialties compared, by their NRMP names, with short keys for the CSV headers. */
  static final List<String[]> SPECIALTIES = List.of(
      new String[] {"IM", "Internal Medicine (Categorical)"},
      new String[] {"FM", "Family Medicine"},
      new String[] {"PEDS", "Pediatrics (Categorical)"},
      new String[] {"PSYCH", "Psychiatry"},
      new String[] {"NEURO", "Neurology"},
      new String[] {"SURG", "Surgery (Categorical)"});
  static final int APPLICATIONS = 120;
  static final int COPIES = 6;
  static final double SCALE = 0.2;

  @Override
  public String name() {
    return "visas";
  }

  @Override
  public String question() {
    return "How much does needing a J-1 or an H-1B visa lower a non-US IMG's odds of matching, by specialty?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  /** A cell's key: the visa, then the specialty, so that a metric by visa, then by specialty, names it. */
  private static String key(String specialtyKey, Visa visa) {
    return visa + "_" + specialtyKey;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * SCALE;
    List<FocalSweep.Cell> cells = new ArrayList<>();
    for (String[] specialty : SPECIALTIES) {
      for (Visa visa : Visa.values()) {
        cells.add(new FocalSweep.Cell(key(specialty[0], visa), specialty[1],
            id -> FocalApplicant.applying(id, NrmpGroup.NON_US_IMG, 50, specialty[1], APPLICATIONS, visa)));
      }
    }
    FocalSweep sweep = new FocalSweep(cells, COPIES);
    NationalMarketModel model = sweep.model(NationalMarketModel.match2025(scale));
    Experiment.ExperimentResult result = run.replicate((index, seed) -> sweep.replicate(model.generate(seed), seed));
    run.writeCsvs(result);
    List<String> keys = SPECIALTIES.stream().map(s -> s[0]).toList();
    List<String> names = SPECIALTIES.stream().map(s -> s[1]).toList();
    List<String> visas = Arrays.stream(Visa.values()).map(VisasStudy::words).toList();
    Charts.lines(run.out().resolve("match-by-visa.png"), "A non-US IMG's odds of matching in the specialty, by visa need",
        "specialty (1 to " + keys.size() + ": " + String.join(", ", keys) + ")", "matched in the specialty (%)", visas,
        s -> FocalSweep.MATCHED_IN_SPECIALTY.by(Visa.values()[s]), keys,
        java.util.stream.IntStream.rangeClosed(1, keys.size()).boxed().toList(), result);
    run.writeSummary(new Report(this)
        .paragraph("**Profile.** A non-US IMG at the median of its group, sending " + APPLICATIONS + " applications in one "
            + "specialty, needing no visa, a J-1 or an H-1B; " + COPIES + " copies of each in every market.")
        .setup("%d replications of the simulated market at %s, with the copies of every profile added (%d applicants "
            + "in all), matched by Roth–Peranson; master seed %d.", run.replications(), Report.scale(scale),
            cells.size() * COPIES, run.seed())
        .assumptions("Which programs take which visa is drawn with the internal medicine shares (63.7% accept J-1, "
            + "22% sponsor H-1B, J Grad Med Educ 2022) for every specialty, as no other specialty's are in our "
            + "sources; an applicant needing a visa applies and interviews only where it is taken.")
        .answer("Probability of matching in the specialty applied to (percent, mean and 95% CI), by specialty and visa "
            + "need:")
        .grid("specialty", visas, s -> FocalSweep.MATCHED_IN_SPECIALTY.by(Visa.values()[s]), keys, names, result, "%.1f")
        .paragraph("Probability of matching to any position, a preliminary or transitional year alone included (in "
            + "specialties with advanced positions, an applicant without an advanced interview ranks PGY-1 years):")
        .grid("specialty", visas, s -> FocalSweep.MATCHED.by(Visa.values()[s]), keys, names, result, "%.1f")
        .paragraph("Interviews, by specialty and visa need (mean, 95% CI):")
        .grid("specialty", visas, s -> FocalSweep.INTERVIEWS.by(Visa.values()[s]), keys, names, result, "%.1f")
        .published(String.format(Locale.ROOT, "In internal medicine, 63.7%% of 419 programs accept J-1 visas and 22%% "
            + "sponsor H-1B (J Grad Med Educ 14(6):680, 2022). Match rates by visa need are not published. %s",
            Published2025.matchRateSentence(NrmpGroup.NON_US_IMG)))
        .files("match-by-visa.png").markdown());
  }

  static String words(Visa visa) {
    return switch (visa) {
      case NONE -> "no visa";
      case J1 -> "J-1";
      case H1B -> "H-1B";
    };
  }
}

package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.Soap;
import io.github.matchsim.algorithm.SoapApplications;
import io.github.matchsim.algorithm.SoapResult;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.FocalApplicant;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code prelim-year}: should an applicant at risk of not matching take a preliminary year and
 * apply again? This year: its odds of a categorical position, and of a preliminary year if it
 * applies for one. Next year: its odds of a categorical position when it applies again, with the
 * standing a preliminary year may give it (an assumption, swept) or without. Then the two years
 * together, with and without the preliminary year.
 */
public final class PrelimYearStudy implements Study {
  static final NrmpGroup GROUP = NrmpGroup.NON_US_IMG;
  static final double STANDING = 30;
  static final String SPECIALTY = "Internal Medicine (Categorical)";
  static final int APPLICATIONS = 120;
  /** Of those, sent to preliminary and transitional years by the applicant who wants one as a fallback (assumed). */
  static final int PGY1_APPLICATIONS = 30;
  static final Metric PGY1_YEAR = Metric.percent("matched_pgy1_year_percent");
  /** Percentile points of standing a preliminary year may add (assumed; 0 is "nothing"). */
  static final List<Integer> GAINS = List.of(0, 10, 20, 30);
  static final Metric TWO_YEARS = Metric.percent("categorical_within_two_years_percent");
  static final int COPIES = 8;
  static final double SCALE = 0.2;

  @Override
  public String name() {
    return "prelim-year";
  }

  /**
   * For the copies of one cell: the shares that end this year (after the match and SOAP) in a
   * categorical position of the specialty, and in a PGY-1 year without one. In SOAP the unmatched
   * apply (the soap study's narrow rule) to their specialty and, when {@code pgy1Years}, to PGY-1
   * years too; every unmatched applicant of the market takes part, as they would.
   */
  private static double[] outcomes(SimulatedMarket sim, Matching main, SoapApplications all,
      Map<String, String> specialtyOf, FocalSweep sweep, int cell, boolean pgy1Years) {
    java.util.Set<String> copies = new java.util.HashSet<>();
    for (int copy = 1; copy <= sweep.copies(); copy++) {
      copies.add(FocalSweep.copyId(cell, copy));
    }
    Map<String, List<String>> applied = new LinkedHashMap<>();
    all.applied().forEach((a, programs) -> applied.put(a, programs.stream()
        .filter(p -> pgy1Years || !copies.contains(a) || !isPgy1Year(specialtyOf.get(p))).toList()));
    SoapResult soap = Soap.nrmp().run(main, new SoapApplications(applied, all.preferences()));
    Map<String, String> placed = new java.util.HashMap<>();
    soap.placements().forEach(p -> placed.put(p.applicant(), p.program()));
    int categorical = 0;
    int year = 0;
    for (int copy = 1; copy <= sweep.copies(); copy++) {
      String id = FocalSweep.copyId(cell, copy);
      String program = main.assignmentOf(id).map(io.github.matchsim.matching.Assignment::program).orElse(placed.get(id));
      if (program != null) {
        categorical += SPECIALTY.equals(specialtyOf.get(program)) ? 1 : 0;
        year += isPgy1Year(specialtyOf.get(program)) ? 1 : 0;
      }
    }
    return new double[] {(double) categorical / sweep.copies(), (double) year / sweep.copies()};
  }

  private static boolean isPgy1Year(String specialty) {
    return SoapStudy.PGY1_YEARS.contains(specialty);
  }

  @Override
  public String question() {
    return "Should an applicant at risk of not matching take a preliminary year and apply again, and how much must that"
        + " year raise its standing to pay off?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * SCALE;
    List<FocalSweep.Cell> cells = new ArrayList<>();
    cells.add(new FocalSweep.Cell("categorical", SPECIALTY,
        id -> FocalApplicant.applying(id, GROUP, STANDING, SPECIALTY, APPLICATIONS, Visa.NONE).withPgy1Applications(0)));
    cells.add(new FocalSweep.Cell("with_pgy1_years", SPECIALTY,
        id -> FocalApplicant.applying(id, GROUP, STANDING, SPECIALTY, APPLICATIONS, Visa.NONE)
            .withPgy1Applications(PGY1_APPLICATIONS)));
    for (int gain : GAINS) {
      cells.add(new FocalSweep.Cell("again_" + gain, SPECIALTY,
          id -> FocalApplicant.applying(id, GROUP, Math.min(99, STANDING + gain), SPECIALTY, APPLICATIONS, Visa.NONE)));
    }
    FocalSweep sweep = new FocalSweep(cells, COPIES);
    NationalMarketModel model = sweep.model(NationalMarketModel.match2025(scale));
    Experiment.ExperimentResult result = run.replicate((index, seed) -> {
      SimulatedMarket sim = model.generate(seed);
      Matching main = StudyMatch.of(sim.market(), seed).matching();
      Map<Metric, Double> metrics = new LinkedHashMap<>(sweep.measure(sim, main));
      Map<String, String> specialtyOf = new java.util.HashMap<>();
      sim.programs().forEach(p -> specialtyOf.put(p.id(), p.specialty()));
      // This year, in the match: categorical position, PGY-1 year alone, or neither; then SOAP for the unmatched.
      SoapApplications soapApplications = SoapStudy.applications(sim, main, SoapStudy.Reach.NARROW, seed);
      double[] plain = outcomes(sim, main, soapApplications, specialtyOf, sweep, 0, false);
      double[] fallback = outcomes(sim, main, soapApplications, specialtyOf, sweep, 1, true);
      metrics.put(PGY1_YEAR.by("categorical"), 100 * plain[1]);
      metrics.put(PGY1_YEAR.by("with_pgy1_years"), 100 * fallback[1]);
      double againWithout = metrics.get(FocalSweep.MATCHED_IN_SPECIALTY.by("again_0")) / 100;
      metrics.put(TWO_YEARS.by("without"), 100 * (plain[0] + (1 - plain[0]) * againWithout));
      for (int gain : GAINS) {
        double againWith = metrics.get(FocalSweep.MATCHED_IN_SPECIALTY.by("again_" + gain)) / 100;
        metrics.put(TWO_YEARS.by(gain), 100 * (fallback[0] + fallback[1] * againWith
            + (1 - fallback[0] - fallback[1]) * againWithout));
      }
      return metrics;
    });
    run.writeCsvs(result);
    Charts.lines(run.out().resolve("two-years.png"), "A categorical position within two years, with a preliminary year",
        "standing a preliminary year adds (percentile points, assumed)", "categorical position within two years (%)",
        List.of("with a preliminary year if unmatched"), s -> TWO_YEARS, GAINS, result);
    List<String> gainWords = GAINS.stream().map(g -> "+" + g + " points").toList();
    run.writeSummary(new Report(this)
        .paragraph(String.format(Locale.ROOT, "**Profile.** A %s at the %.0fth percentile of its group, needing no visa, "
            + "sending %d applications in %s; %d copies of each case in every market.", GROUP.description(), STANDING,
            APPLICATIONS, SPECIALTY, COPIES))
        .setup("%d replications of the simulated market at %s, with the copies added, matched by Roth–Peranson; master "
            + "seed %d.", run.replications(), Report.scale(scale), run.seed())
        .assumptions("Applications to PGY-1 years come out of the same " + APPLICATIONS + ", and those years are ranked "
            + "below its specialty's programs. Unmatched, the applicant goes to SOAP with everyone else unmatched (the "
            + "soap study's narrow rule), applying to PGY-1 years only if that is its strategy. What a "
            + "preliminary year changes is not known from published figures, so it is swept: next year the applicant "
            + "applies again like anyone of a standing raised by 0 to 30 percentile points of its group, in a market "
            + "drawn the same way; without a preliminary year it applies again unchanged. Next year's odds are measured "
            + "on other copies in the same drawn market. The year's cost, visas and the reapplication itself are not "
            + "modelled. NRMP's rule on ranking: a PGY-1-only program ranked above the categorical ones is matched "
            + "first and ends the search there, so an applicant who wants a categorical position ranks PGY-1 years "
            + "last, or seeks them in SOAP as here.")
        .answer("A categorical position within two years (percent, mean and 95% CI): applying to its specialty alone "
            + "and again next year if unmatched, against sending " + PGY1_APPLICATIONS + " of its applications to "
            + "PGY-1 years (ranked below its specialty's programs) and, holding one, applying again next year with the "
            + "standing the year adds:")
        .grid("strategy", List.of("categorical within two years (%)"), s -> TWO_YEARS,
            List.of("without", 0, 10, 20, 30),
            List.of("its specialty alone, then again", "preliminary year, " + gainWords.get(0),
                "preliminary year, " + gainWords.get(1), "preliminary year, " + gainWords.get(2),
                "preliminary year, " + gainWords.get(3)), result, "%.1f")
        .paragraph("The parts (percent of copies, mean and 95% CI):")
        .grid("case", List.of("matched in the specialty (%)", "interviews"),
            s -> s == 0 ? FocalSweep.MATCHED_IN_SPECIALTY : FocalSweep.INTERVIEWS,
            List.of("categorical", "with_pgy1_years", "again_0", "again_10", "again_20", "again_30"),
            List.of("this year, its specialty alone", "this year, " + PGY1_APPLICATIONS + " of its applications to PGY-1 "
                + "years", "next year, standing unchanged", "next year, +10 points", "next year, +20 points",
                "next year, +30 points"), result, "%.1f")
        .paragraph("This year, after the match and SOAP, the share holding a PGY-1 year without a categorical position "
            + "(percent, mean and 95% CI):")
        .grid("strategy", List.of("PGY-1 year only (%)"), s -> PGY1_YEAR, List.of("categorical", "with_pgy1_years"),
            List.of("its specialty alone", PGY1_APPLICATIONS + " applications to PGY-1 years, ranked last"), result,
            "%.1f")
        .published(Published2025.matchRateSentence(GROUP) + " No published figure gives the odds after a preliminary "
            + "year.")
        .files("two-years.png").markdown());
  }
}

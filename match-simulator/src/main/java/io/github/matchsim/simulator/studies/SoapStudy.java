package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.Soap;
import io.github.matchsim.algorithm.SoapApplications;
import io.github.matchsim.algorithm.SoapResult;
import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import io.github.matchsim.simulator.market.SimulatedMarket.ApplicantProfile;
import io.github.matchsim.simulator.market.SimulatedMarket.ProgramProfile;
import io.github.matchsim.simulator.market.Specialties;
import io.github.matchsim.simulator.market.Specialty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code soap}: the Supplemental Offer and Acceptance Program after the match. How many positions
 * the match leaves unfilled, how many SOAP fills and in which round, and who is placed after both,
 * by applicant group; SOAP itself is the library's {@link Soap} (four rounds, 45 applications).
 */
public final class SoapStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric UNFILLED_PERCENT = Metric.percent("unfilled_after_match_percent");
  static final Metric SOAP_FILLED_PERCENT = Metric.percent("soap_filled_percent_of_unfilled");
  static final Metric FILLED_IN_ROUND = Metric.count("soap_filled_in_round");
  static final Metric MATCHED_PERCENT = Metric.percent("matched_percent");
  static final Metric PLACED_PERCENT = Metric.percent("placed_after_soap_percent");
  /** The names of the preliminary and transitional years (read once: the table is a resource file). */
  static final Set<String> PGY1_YEARS = Specialties.nrmp2025().stream().filter(s -> s.kind().isPgy1Year())
      .map(Specialty::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The market's size relative to the run's scale. */
  static final double SCALE = 0.2;
  /** 2025: positions offered in SOAP, and positions in the match (NRMP). */
  static final double PUBLISHED_UNFILLED_PERCENT = 100.0 * 2_521 / Published2025.POSITIONS;
  /** 2024: PGY-1 positions filled through SOAP, of the positions offered in SOAP that year (NRMP; AMA). */
  static final double PUBLISHED_SOAP_FILLED_PERCENT = 100.0 * 2_399 / 2_658;
  /** US MD seniors placed after the match and SOAP, 2025 (AMA quoting NRMP). */
  static final double PUBLISHED_US_MD_PLACED = 97.9;

  @Override
  public String name() {
    return "soap";
  }

  @Override
  public String question() {
    return "How many positions does SOAP fill after the match, in which rounds, and who is placed after both, by group?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * SCALE;
    NationalMarketModel model = NationalMarketModel.match2025(scale).build();
    Experiment.ExperimentResult result = run.replicate((index, seed) -> replicate(model.generate(seed), seed));
    run.writeCsvs(result);
    List<String> groups = NrmpGroup.labels();
    List<Integer> rounds = java.util.stream.IntStream.rangeClosed(1, Soap.NRMP_ROUNDS).boxed().toList();
    Charts.lines(run.out().resolve("soap-by-round.png"), "Positions filled in each SOAP round",
        "round", "positions filled (per market)", List.of(Reach.NARROW.words, Reach.BROAD.words),
        s -> FILLED_IN_ROUND.by(Reach.values()[s]), rounds, result);
    run.writeSummary(new Report(this)
        .setup("%d replications of the simulated market at %s, matched by Roth–Peranson, then SOAP: %d rounds, at most "
            + "%d applications each; master seed %d.", run.replications(), Report.scale(scale), Soap.NRMP_ROUNDS,
            Soap.NRMP_APPLICATIONS, run.seed())
        .assumptions("SOAP is the library's: in each round every program offers its vacancies to the applicants it "
            + "prefers among those who applied and are not yet placed, and each applicant accepts the offer it "
            + "applied to first; the rest lapse. Who may apply: applicants without a position, and those holding an "
            + "advanced position without a PGY-1 year (for PGY-1 years only). Where they apply is not published, so "
            + "two rules are run on the same matches: narrow, the unfilled programs of their own specialty and "
            + "preliminary and transitional years; broad, those first, then any other specialty. Either way only "
            + "where their visa is taken, up to 45 drawn at random among those (the model knows no better), ranked "
            + "best standing first; programs prefer stronger applicants.")
        .answer("Positions after the match and after SOAP (mean, 95% CI):")
        .table(List.of(
            new Report.Row(UNFILLED_PERCENT, "positions unfilled after the match, offered in SOAP", "% of positions",
                String.format(Locale.ROOT, "%.1f (2,521 of %,d, 2025)", PUBLISHED_UNFILLED_PERCENT, Published2025.POSITIONS)),
            new Report.Row(SOAP_FILLED_PERCENT.by(Reach.NARROW), "filled in SOAP, " + Reach.NARROW.words,
                "% of those offered", String.format(Locale.ROOT, "%.1f (2,399 of 2,658, 2024)", PUBLISHED_SOAP_FILLED_PERCENT)),
            new Report.Row(SOAP_FILLED_PERCENT.by(Reach.BROAD), "filled in SOAP, " + Reach.BROAD.words,
                "% of those offered", String.format(Locale.ROOT, "%.1f (2,399 of 2,658, 2024)", PUBLISHED_SOAP_FILLED_PERCENT)),
            new Report.Row(PLACED_PERCENT.by(Reach.NARROW).by(NrmpGroup.US_MD.label()),
                "US MD seniors placed after match and SOAP, " + Reach.NARROW.words, "% of the group",
                String.format(Locale.ROOT, "%.1f (2025)", PUBLISHED_US_MD_PLACED)),
            new Report.Row(PLACED_PERCENT.by(Reach.BROAD).by(NrmpGroup.US_MD.label()),
                "US MD seniors placed after match and SOAP, " + Reach.BROAD.words, "% of the group",
                String.format(Locale.ROOT, "%.1f (2025)", PUBLISHED_US_MD_PLACED))), result)
        .paragraph("By group: matched in the main match, and placed after the match and SOAP by each rule (percent of "
            + "the group):")
        .grid("group", List.of("matched in the match (%)", "placed, " + Reach.NARROW.words + " (%)",
            "placed, " + Reach.BROAD.words + " (%)"),
            s -> s == 0 ? MATCHED_PERCENT : PLACED_PERCENT.by(Reach.values()[s - 1]), groups, result, "%.1f")
        .paragraph("Positions filled in each round (per market of this size):")
        .grid("round", List.of(Reach.NARROW.words, Reach.BROAD.words), s -> FILLED_IN_ROUND.by(Reach.values()[s]),
            rounds, result, "%.1f")
        .published("Positions offered in SOAP: NRMP, 2025 (2,521) and 2024 (2,658); filled through SOAP: 2,399 PGY-1 "
            + "positions in 2024 (AMA); US MD seniors placed after match and SOAP: 97.9% in 2025 (AMA, quoting NRMP). "
            + "The years differ, so read the filled share as approximate.")
        .files("soap-by-round.png").markdown());
  }

  /** Where SOAP applicants apply: within their specialty and PGY-1 years, or anywhere that takes their visa. */
  enum Reach {
    NARROW("own specialty and PGY-1 years"), BROAD("any specialty, own first");

    final String words;

    Reach(String words) {
      this.words = words;
    }
  }

  static Map<Metric, Double> replicate(SimulatedMarket sim, long seed) {
    Matching main = StudyMatch.of(sim.market(), seed).matching();
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (Reach reach : Reach.values()) {
      measure(sim, main, Soap.nrmp().run(main, applications(sim, main, reach, seed)), reach, metrics);
    }
    return metrics;
  }

  private static void measure(SimulatedMarket sim, Matching main, SoapResult soap, Reach reach,
      Map<Metric, Double> metrics) {
    int positions = sim.market().programs().stream().mapToInt(p -> main.finalPositionsOf(p.id())).sum();
    metrics.put(UNFILLED_PERCENT, 100.0 * soap.vacancies() / positions);
    metrics.put(SOAP_FILLED_PERCENT.by(reach), soap.vacancies() == 0 ? Double.NaN : 100.0 * soap.filled() / soap.vacancies());
    for (int round = 1; round <= Soap.NRMP_ROUNDS; round++) {
      int r = round;
      metrics.put(FILLED_IN_ROUND.by(reach).by(round), (double) soap.placements().stream().filter(p -> p.round() == r).count());
    }
    Set<String> placedInSoap = new HashSet<>();
    soap.placements().forEach(p -> placedInSoap.add(p.applicant()));
    Map<String, int[]> byGroup = new HashMap<>(); // group -> {members, matched, placed}
    for (ApplicantProfile a : sim.applicants()) {
      int[] counts = byGroup.computeIfAbsent(a.group().label(), k -> new int[3]);
      boolean matched = main.assignmentOf(a.id()).isPresent();
      counts[0]++;
      counts[1] += matched ? 1 : 0;
      counts[2] += matched || placedInSoap.contains(a.id()) ? 1 : 0;
    }
    for (String group : NrmpGroup.labels()) {
      int[] counts = byGroup.getOrDefault(group, new int[3]);
      metrics.put(MATCHED_PERCENT.by(group), counts[0] == 0 ? Double.NaN : 100.0 * counts[1] / counts[0]);
      metrics.put(PLACED_PERCENT.by(reach).by(group), counts[0] == 0 ? Double.NaN : 100.0 * counts[2] / counts[0]);
    }
  }

  /**
   * Where SOAP applicants apply and whom programs prefer, as the summary's assumptions say. An
   * applicant placed in the match is left out by {@link Soap} unless it seeks a PGY-1 year.
   */
  static SoapApplications applications(SimulatedMarket sim, Matching main, Reach reach, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<ProgramProfile> open = new ArrayList<>();
    for (ProgramProfile p : sim.programs()) {
      if (main.finalPositionsOf(p.id()) > main.holdersOf(p.id()).size()) {
        open.add(p);
      }
    }
    Map<String, List<String>> applied = new LinkedHashMap<>();
    Map<String, List<ApplicantProfile>> appliers = new HashMap<>();
    for (ApplicantProfile a : sim.applicants()) {
      if (!Soap.isEligible(main, a.id())) {
        continue;
      }
      List<ProgramProfile> chosen = new ArrayList<>();
      for (int tier = 0; tier < (reach == Reach.NARROW ? 1 : 2); tier++) { // own specialty and PGY-1 years, then the rest
        List<ProgramProfile> usable = new ArrayList<>();
        for (ProgramProfile p : open) {
          boolean near = p.specialty().equals(a.specialty()) || PGY1_YEARS.contains(p.specialty());
          if (p.accepts(a.visa()) && near == (tier == 0)) {
            usable.add(p);
          }
        }
        for (int i = usable.size() - 1; i > 0; i--) { // which ones: drawn, the model knows no better
          java.util.Collections.swap(usable, i, random.nextInt(i + 1));
        }
        for (ProgramProfile p : usable) {
          if (chosen.size() < Soap.NRMP_APPLICATIONS) {
            chosen.add(p);
          }
        }
      }
      chosen.sort(Comparator.comparingDouble(ProgramProfile::standing).reversed().thenComparing(ProgramProfile::id));
      List<String> choices = new ArrayList<>();
      for (ProgramProfile p : chosen) {
        choices.add(p.id());
        appliers.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(a);
      }
      if (!choices.isEmpty()) {
        applied.put(a.id(), choices);
      }
    }
    Map<String, List<String>> preferences = new LinkedHashMap<>();
    appliers.forEach((program, list) -> preferences.put(program, list.stream()
        .sorted(Comparator.comparingDouble(ApplicantProfile::strength).reversed().thenComparing(ApplicantProfile::id))
        .map(ApplicantProfile::id).toList()));
    return new SoapApplications(applied, preferences);
  }
}

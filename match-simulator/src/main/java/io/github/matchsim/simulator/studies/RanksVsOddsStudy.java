package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ranks-vs-odds}: the probability of matching by the number of programs ranked, per
 * applicant group, in the spirit of the NRMP's "Charting Outcomes in the Match". List lengths are
 * not set but follow from interviews, as in the real match: an applicant ranks every program that
 * interviewed it.
 */
public final class RanksVsOddsStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric MATCHED_PERCENT = Metric.percent("matched_percent");
  static final Metric NO_INTERVIEWS_PERCENT = Metric.percent("no_interviews_percent");
  static final Metric SHARE_PERCENT = Metric.percent("share_percent");
  /** The four groups with a published match rate. */
  static final List<NrmpGroup> GROUPS = NationalMetrics.PUBLISHED_GROUPS;
  /**
   * Upper ends of the bins of programs ranked: 1–3, 4–6, 7–9, 10–12, 13 and more (15 at the
   * model's default interview limit).
   */
  static final List<Integer> BINS = List.of(3, 6, 9, 12, Integer.MAX_VALUE);
  static final List<String> BIN_KEYS = List.of("1-3", "4-6", "7-9", "10-12", "13-more");
  static final List<String> BIN_NAMES = List.of("1–3", "4–6", "7–9", "10–12", "13 or more");

  @Override
  public String name() {
    return "ranks-vs-odds";
  }

  @Override
  public String question() {
    return "How likely is an applicant to match, by the number of programs it ranks, for each applicant group?";
  }

  @Override
  public int defaultReplications() {
    return 20;
  }

  @Override
  public void run(StudyRun run) throws IOException {
    double scale = run.scale() * 0.2;
    NationalMarketModel model = NationalMarketModel.match2025(scale).build();
    Experiment.ExperimentResult result = run.replicate((index, seed) -> replicate(model.generate(seed), seed));
    run.writeCsvs(result);
    List<String> series = GROUPS.stream().map(NrmpGroup::description).toList();
    List<Integer> xs = List.of(2, 5, 8, 11, 14); // the bins' middles, for the chart
    Charts.lines(run.out().resolve("match-probability-by-ranks.png"), "Probability of matching by programs ranked",
        "programs ranked (middle of the bin; the last is 13 and more)", "matched (% of applicants in the bin)",
        series, s -> MATCHED_PERCENT.by(GROUPS.get(s).label()), BIN_KEYS, xs, result);
    run.writeSummary(new Report(this)
        .setup("%d replications of the simulated market at %s, matched by Roth–Peranson; single applicants are "
            + "grouped by the programs they ranked (couples, who rank pairs, are left out); master seed %d.",
            run.replications(), Report.scale(scale), run.seed())
        .assumptions("Nobody chooses how many programs to rank: an applicant ranks every program that interviewed "
            + "it, so a short list here is the mark of few interviews, and the odds by list length are those of "
            + "applicants who got that many interviews, not what ranking one more program would add.")
        .answer("Percent of applicants matched, by group and programs ranked (mean over replications, 95% CI):")
        .grid("programs ranked", series, s -> MATCHED_PERCENT.by(GROUPS.get(s).label()), BIN_KEYS, BIN_NAMES, result, "%.1f")
        .paragraph("How the applicants of each group spread over the bins (percent of the group's single "
            + "applicants who ranked at least one program):")
        .grid("programs ranked", series, s -> SHARE_PERCENT.by(GROUPS.get(s).label()), BIN_KEYS, BIN_NAMES, result, "%.1f")
        .paragraph("Applicants with no interview at all rank nothing and cannot match:")
        .table(GROUPS.stream().map(g -> new Report.Row(NO_INTERVIEWS_PERCENT.by(g.label()),
            "no interview, " + g.description(), "% of the group's single applicants", "")).toList(), result)
        .published("The NRMP's \"Charting Outcomes in the Match\" shows the same rise of the match rate with the "
            + "number of contiguous ranks; the published figures we quote do not give its values, so they are not "
            + "compared here. Read the shape, not the exact numbers, for advice.")
        .files("match-probability-by-ranks.png").markdown());
  }

  static Map<Metric, Double> replicate(SimulatedMarket sim, long seed) {
    Matching matching = StudyMatch.of(sim.market(), seed).matching();
    int[][] matched = new int[GROUPS.size()][BINS.size()];
    int[][] total = new int[GROUPS.size()][BINS.size()];
    int[] members = new int[GROUPS.size()];
    int[] none = new int[GROUPS.size()];
    java.util.Set<String> inCouples = new java.util.HashSet<>();
    sim.market().couples().forEach(c -> {
      inCouples.add(c.member1());
      inCouples.add(c.member2());
    });
    for (int i = 0; i < sim.applicants().size(); i++) {
      Applicant applicant = sim.market().applicants().get(i);
      SimulatedMarket.ApplicantProfile profile = sim.applicants().get(i);
      int g = GROUPS.indexOf(profile.group());
      if (g < 0 || inCouples.contains(applicant.id())) {
        continue; // another group, or a couple member
      }
      members[g]++;
      int ranked = profile.interviews().size();
      if (ranked == 0) {
        none[g]++;
        continue;
      }
      int bin = 0;
      while (ranked > BINS.get(bin)) {
        bin++;
      }
      total[g][bin]++;
      matched[g][bin] += matching.assignmentOf(applicant.id()).isPresent() ? 1 : 0;
    }
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (int g = 0; g < GROUPS.size(); g++) {
      String group = GROUPS.get(g).label();
      int ranking = members[g] - none[g];
      for (int b = 0; b < BINS.size(); b++) {
        String bin = BIN_KEYS.get(b);
        metrics.put(MATCHED_PERCENT.by(group).by(bin), total[g][b] == 0 ? Double.NaN : 100.0 * matched[g][b] / total[g][b]);
        metrics.put(SHARE_PERCENT.by(group).by(bin), ranking == 0 ? Double.NaN : 100.0 * total[g][b] / ranking);
      }
      metrics.put(NO_INTERVIEWS_PERCENT.by(group), members[g] == 0 ? Double.NaN : 100.0 * none[g] / members[g]);
    }
    return metrics;
  }
}

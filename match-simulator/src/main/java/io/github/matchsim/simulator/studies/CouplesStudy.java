package io.github.matchsim.simulator.studies;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.exact.ExactVerdict;
import io.github.matchsim.exact.SatStableMatching;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.simulator.market.SimulatedMarket;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code couples}: how often Roth–Peranson ends with a stable matching, and how often both
 * partners match, as the share of applicants in couples grows, in markets of two sizes. Stable
 * matchings need not exist with couples; in large markets with few couples they do with high
 * probability (Kojima, Pathak and Roth, QJE 2013; Ashlagi, Braverman and Hassidim, Operations
 * Research 2014).
 */
public final class CouplesStudy implements Study {
  // The metrics each replication measures, by the names of the CSV headers.
  static final Metric STABLE_PERCENT = Metric.percentOfRuns("stable_percent");
  static final Metric BOTH_MATCHED = Metric.percent("both_matched");
  static final Metric BLOCKING = Metric.count("blocking_coalitions");
  static final Metric FOUND_BY_EXACT = Metric.count("stable_found_by_exact");
  static final Metric NONE_EXISTS = Metric.count("no_stable_matching_proved");
  static final Metric UNDECIDED = Metric.count("exact_undecided");
  /** Percent of applicants in couples; 2025 had about 5.4%. */
  static final List<Integer> COUPLE_PERCENTS = List.of(0, 1, 3, 5, 10, 20);
  /** Market sizes relative to the national one (before the run's own scale). */
  static final List<Double> SIZES = List.of(0.05, 0.2);
  /** The adviser's side: market size, and percent of applicants in couples (2025 had about 5.4%). */
  static final double ADVICE_SIZE = 0.05;
  static final int ADVICE_PERCENT = 5;
  static final int ADVICE_REPLICATIONS = 12;

  /** Seconds the exact search may take per market to decide existence; 0 when it is not asked. */
  private final int exactSeconds;

  /** The study as listed: Roth–Peranson only. */
  public CouplesStudy() {
    this(0);
  }

  /**
   * The study with, in the smaller market size, the exact search deciding whether a stable
   * matching exists wherever Roth–Peranson does not end stable, within {@code exactSeconds} per
   * market.
   */
  public CouplesStudy(int exactSeconds) {
    if (exactSeconds < 0) {
      throw new IllegalArgumentException("the exact budget must be 0 (off) or positive, not " + exactSeconds);
    }
    this.exactSeconds = exactSeconds;
  }

  @Override
  public String name() {
    return "couples";
  }

  @Override
  public String question() {
    return "How often does Roth–Peranson end with a stable matching, and how often do both partners match, as the"
        + " share of applicants in couples grows (0 to 20%), in markets of two sizes? And for a couple: how do its"
        + " odds depend on the pairs it ranks, against applying as two singles?";
  }

  @Override
  public int defaultReplications() {
    return 25; // under 2 minutes on 2 cores, the adviser's side included
  }

  @Override
  public void run(StudyRun run) throws IOException {
    List<Long> applicants = SIZES.stream().map(size -> applicants(size * run.scale())).toList();
    Experiment.ExperimentResult result = run.replicate((index, seed) -> {
      Map<Metric, Double> metrics = new LinkedHashMap<>();
      for (int z = 0; z < SIZES.size(); z++) {
        double scale = SIZES.get(z) * run.scale();
        for (int percent : COUPLE_PERCENTS) {
          Cell cell = Cell.match(scale, percent, seed);
          MatchResult result1 = cell.result();
          metrics.put(STABLE_PERCENT.by(applicants.get(z)).by(percent), cell.stablePercent());
          metrics.put(BOTH_MATCHED.by(applicants.get(z)).by(percent), cell.bothMatched());
          metrics.put(BLOCKING.by(applicants.get(z)).by(percent), cell.blocking());
          SimulatedMarket sim = cell.market();
          if (exactSeconds > 0 && z == 0) {
            ExactVerdict exists = result1.status() == MatchStatus.STABLE ? ExactVerdict.STABLE
                : SatStableMatching.builder().timeLimit(Duration.ofSeconds(exactSeconds)).build()
                    .solve(sim.market(), result1.matching()).verdict();
            boolean heuristicFound = result1.status() == MatchStatus.STABLE;
            metrics.put(FOUND_BY_EXACT.by(percent), !heuristicFound && exists == ExactVerdict.STABLE ? 1.0 : 0.0);
            metrics.put(NONE_EXISTS.by(percent), exists == ExactVerdict.NO_STABLE_MATCHING ? 1.0 : 0.0);
            metrics.put(UNDECIDED.by(percent), exists == ExactVerdict.UNKNOWN ? 1.0 : 0.0);
          }
        }
      }
      if (index < ADVICE_REPLICATIONS) { // seven matches each: the first replications suffice for its intervals
        long adviceApplicants = applicants(ADVICE_SIZE * run.scale());
        int adviceCouples = (int) Math.round(adviceApplicants * ADVICE_PERCENT / 200.0);
        metrics.putAll(CoupleAdvice.replicate(NationalMarketModel.match2025(ADVICE_SIZE * run.scale())
            .couples(adviceCouples).build().generate(seed), seed));
      } else {
        metrics.putAll(CoupleAdvice.notMeasured());
      }
      return metrics;
    });
    run.writeCsvs(result);
    List<String> series = applicants.stream().map(n -> String.format(Locale.ROOT, "%,d applicants", n)).toList();
    Charts.lines(run.out().resolve("stable-by-couple-share.png"), "Roth–Peranson ends stable, by share of applicants in couples",
        "applicants in couples (%)", "runs ending stable (%)", series, s -> STABLE_PERCENT.by(applicants.get(s)),
        COUPLE_PERCENTS, result);
    run.writeSummary(new Report(this)
        .setup("%d replications; for each, one simulated market per size (%s) and share of applicants in couples, "
            + "matched by Roth–Peranson with couples last and up to 2 retries in another order, the status taken from "
            + "the stability checker; master seed %d.", run.replications(), String.join(" and ", series), run.seed())
        .assumptions("The number of couples varies, the rest is the model's default; couples are drawn among US "
            + "seniors, so at 20% most US seniors are in couples.")
        .answer("Percent of runs ending stable (mean, 95% CI):")
        .grid("applicants in couples (%)", series, s -> STABLE_PERCENT.by(applicants.get(s)), COUPLE_PERCENTS, result, "%.1f")
        .paragraph("Couples with both partners matched (percent of couples), and blocking coalitions left when a run "
            + "ends unstable (per run, counting the stable runs as 0):")
        .grid("applicants in couples (%)", List.of(series.get(0) + ": both matched (%)",
            series.get(1) + ": both matched (%)", series.get(0) + ": coalitions", series.get(1) + ": coalitions"),
            s -> (s < 2 ? BOTH_MATCHED : BLOCKING).by(applicants.get(s % 2)), COUPLE_PERCENTS, result, "%.1f")
        .published("Roth and Peranson (1999) report that the NRMP's algorithm found stable matchings in every year "
            + "they studied, with 3.5% to 4.3% of applicants in couples, and secondary sources quoting the NRMP give "
            + "93% to 95% of couples with both partners matched (94.6% in 2011). Results are for this project's "
            + "definition of stability (Biró, Manlove and McBride), in which a partner may move into the seat the "
            + "other partner leaves; the coalitions left are mostly of that kind.")
        .paragraph(String.format(Locale.ROOT, "**For a couple and its adviser.** In the first %d replications, in "
            + "markets of %,d applicants with %d%% of them in couples, the partners' odds as a couple, by how many pairs the couple ranks and whether a "
            + "pair's two programs must lie in one region, against the same partners applying as two singles (the "
            + "same drawn market each time, only the couples' lists rebuilt: every pair of the partners' interviews "
            + "the rule allows, by the sum of their places on the partners' own lists, then each partner alone with "
            + "the other unmatched). Percent (mean, 95%% CI):", Math.min(ADVICE_REPLICATIONS, run.replications()),
            applicants(ADVICE_SIZE * run.scale()), ADVICE_PERCENT))
        .grid("how they apply", List.of("each partner matched (%)", "both partners matched (%)"),
            s -> s == 0 ? CoupleAdvice.PARTNER_MATCHED : CoupleAdvice.BOTH_MATCHED,
            java.util.Arrays.asList(CoupleAdvice.Variant.values()),
            java.util.Arrays.stream(CoupleAdvice.Variant.values()).map(v -> v.words).toList(), result, "%.1f")
        .paragraph(existence(run, series.get(0), result))
        .files("stable-by-couple-share.png").markdown());
  }

  /** Whether a stable matching exists at all, beside whether Roth–Peranson found one, or how to ask. */
  private String existence(StudyRun run, String size, Experiment.ExperimentResult result) {
    if (exactSeconds == 0) {
      return "Whether a stable matching exists at all where Roth–Peranson finds none (how much of the instability is"
          + " the market's and how much the heuristic's) takes the exact search: run this study with --exact-budget"
          + " SECONDS (for example 30) to add it for the " + size + " markets.";
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "In the %s markets, the exact search (SAT,"
        + " match-exact, up to %d s per market) decided whether a stable matching exists wherever Roth–Peranson"
        + " found none. Markets out of %d, by share of applicants in couples; \"exists\" is the share of the decided"
        + " markets with a stable matching:%n%n| applicants in couples (%%) | Roth–Peranson found a stable matching |"
        + " the exact search found one it missed | none exists (proved) | undecided | exists (%% of decided) |%n"
        + "|---:|---:|---:|---:|---:|---:|%n", size, exactSeconds, run.replications()));
    long smaller = applicants(SIZES.get(0) * run.scale());
    for (int percent : COUPLE_PERCENTS) {
      long heuristic = Math.round(result.summary(STABLE_PERCENT.by(smaller).by(percent)).mean() * run.replications() / 100);
      long found = Math.round(result.summary(FOUND_BY_EXACT.by(percent)).mean() * run.replications());
      long none = Math.round(result.summary(NONE_EXISTS.by(percent)).mean() * run.replications());
      long undecided = Math.round(result.summary(UNDECIDED.by(percent)).mean() * run.replications());
      long decided = heuristic + found + none;
      text.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %s |%n", percent, heuristic, found, none,
          undecided, decided == 0 ? "–" : String.format(Locale.ROOT, "%.0f", 100.0 * (heuristic + found) / decided)));
    }
    return text.toString();
  }

  /**
   * One cell of the study's grid: a market of that scale with that percent of its applicants in
   * couples, drawn and matched for one seed. The study and {@link CouplesSource} (which runs a cell
   * across machines) measure it alike.
   */
  record Cell(SimulatedMarket market, MatchResult result, int couples) {
    static Cell match(double scale, int percent, long seed) {
      int couples = CouplesStudy.couples(scale, percent);
      SimulatedMarket sim = NationalMarketModel.match2025(scale).couples(couples).build().generate(seed);
      return new Cell(sim, StudyMatch.of(sim.market(), seed), couples);
    }

    /** 100 when the match ended stable, else 0. */
    double stablePercent() {
      return result.status() == MatchStatus.STABLE ? 100.0 : 0.0;
    }

    /** Percent of couples with both partners matched; not a number without couples. */
    double bothMatched() {
      return couples == 0 ? Double.NaN : result.statistics().couplesBothMatchedPercent();
    }

    /** Blocking coalitions left. */
    double blocking() {
      return result.blocking().size();
    }
  }

  /** The couples that put {@code percent} of a market of that scale's applicants in couples. */
  static int couples(double scale, double percent) {
    return (int) Math.round(applicants(scale) * percent / 200.0);
  }

  static long applicants(double scale) {
    return Math.max(2, Math.round(NationalMarketModel.APPLICANTS_2025 * scale));
  }
}

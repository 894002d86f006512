package io.github.matchsim.simulator;

import io.github.matchsim.cli.Outputs;
import io.github.matchsim.cli.Progress;
import io.github.matchsim.cli.UserError;
import io.github.matchsim.simulator.studies.CalibrationStudy;
import io.github.matchsim.simulator.studies.CouplesStudy;
import io.github.matchsim.simulator.studies.MyOddsStudy;
import io.github.matchsim.simulator.studies.Studies;
import io.github.matchsim.simulator.studies.Study;
import io.github.matchsim.simulator.studies.StudyRun;
import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match simulate}: runs a named study. */
@Command(name = "simulate", mixinStandardHelpOptions = true, header = "Run a simulation study; write its CSVs, chart and summary.",
    description = {"Runs a named simulation study and writes its CSVs, chart and summary.md into --out.",
        "match simulate --list lists the studies."})
public final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "NAME", description = "The study to run (see --list).")
  String scenario;

  @Option(names = "--list", description = "List the studies and their questions.")
  boolean list;

  @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the study's own).")
  Integer replications;

  @Option(names = "--seed", defaultValue = "2025", description = "The master seed (default 2025).")
  long seed;

  @Option(names = "--scale", defaultValue = "1", description = "Market size relative to the national one (default 1).")
  double scale;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Output folder (default: simulations/NAME). It is written whole when the study ends;",
          "an existing folder is replaced only if it holds nothing but an earlier run's files."})
  Path out;

  @Option(names = "--force", description = "Write into an existing --out folder that holds other files (only the study's files are replaced).")
  boolean force;

  @Option(names = "--group", paramLabel = "GROUP",
      description = "my-odds: the applicant's group, one of US_MD, US_DO, US_IMG, NON_US_IMG, PREVIOUS_US_GRAD (default NON_US_IMG).")
  String group;

  @Option(names = "--score-percentile", paramLabel = "P",
      description = "my-odds: the applicant's standing within its group, between 0 and 100 exclusive (default 50).")
  Double scorePercentile;

  @Option(names = "--specialty", paramLabel = "NAME",
      description = "my-odds: the specialty applied to, by its NRMP name, quoted (default \"Internal Medicine (Categorical)\").")
  String specialty;

  @Option(names = "--applications", paramLabel = "N",
      description = "my-odds: the number of programs applied to (default 120, about what IMGs sent in 2015).")
  Integer applications;

  @Option(names = "--visa", paramLabel = "VISA",
      description = "my-odds: the visa needed, NONE, J1 or H1B (default J1 for a non-US IMG, else NONE).")
  String visa;

  @Option(names = "--ranks", paramLabel = "P,P,...", split = ",",
      description = {"my-odds: instead of applications, the interviews already held and ranked, most preferred first, "
          + "each as the program's competitiveness percentile within the specialty (100 the most sought after).",
          "Example: 90,70,50,30."})
  List<Double> ranks;

  @Option(names = "--exact-budget", paramLabel = "SECONDS",
      description = {"couples: where Roth–Peranson does not end stable, ask the exact search (up to SECONDS per market)",
          "whether a stable matching exists at all, in the smaller market size."})
  Integer exactBudget;

  @Option(names = "--fit",
      description = "calibration: fit the model's free parameters to the published targets first (a few minutes), and report on the fitted model.")
  boolean fit;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    PrintWriter stdout = spec.commandLine().getOut();
    if (list) {
      for (Study study : Studies.all()) {
        stdout.printf("%-16s %s%n", study.name(), study.question());
      }
      stdout.flush();
      return 0;
    }
    if (scenario == null) {
      throw new UserError("give --scenario NAME (one of " + names() + ") or --list");
    }
    Study study = Studies.named(scenario).orElseThrow(
        () -> new UserError("unknown scenario '" + scenario + "'; the studies are " + names()));
    boolean profileGiven = group != null || scorePercentile != null || ranks != null || specialty != null
        || applications != null || visa != null;
    if (profileGiven && !(study instanceof MyOddsStudy)) {
      throw new UserError("--group, --score-percentile, --specialty, --applications, --visa and --ranks describe an"
          + " applicant for the my-odds study, not " + scenario);
    }
    if (profileGiven) {
      study = new MyOddsStudy(profile());
    }
    if (fit && !(study instanceof CalibrationStudy)) {
      throw new UserError("--fit fits the market model for the calibration study, not " + scenario);
    }
    if (fit) {
      study = new CalibrationStudy(true);
    }
    if (exactBudget != null && (!(study instanceof CouplesStudy) || exactBudget <= 0)) {
      throw new UserError("--exact-budget takes a positive number of seconds and goes with the couples study, not "
          + exactBudget + " with " + scenario);
    }
    if (exactBudget != null) {
      study = new CouplesStudy(exactBudget);
    }
    int n = replications == null ? study.defaultReplications() : replications;
    if (n < 2 || !(scale > 0)) {
      throw new UserError("--replications must be at least 2 and --scale positive");
    }
    Path folder = out == null ? Path.of("simulations", study.name()) : out;
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Outputs outputs = new Outputs();
    Study chosen = study;
    try {
      if (out == null) {
        Files.createDirectories(folder.toAbsolutePath().getParent());
      }
    } catch (IOException e) {
      throw new UserError("cannot create " + folder.getParent() + ": " + Outputs.reason(e));
    }
    try (Progress progress = Progress.start(err, study.name() + ": replications")) {
      progress.detail("0 of " + n);
      outputs.writeFolder("--out", folder, force, List.of(),
          into -> chosen.run(new StudyRun(n, seed, scale, into, done -> progress.detail(done + " of " + n))));
    }
    err.printf(Locale.ROOT, "%s: %d replications in %.1f s; see %s%n", study.name(), n,
        (System.nanoTime() - start) / 1e9, folder.resolve("summary.md"));
    err.flush();
    return 0;
  }

  /** The my-odds profile from the options, with the defaults of {@link MyOddsStudy.Profile#DEFAULT} for the rest. */
  private MyOddsStudy.Profile profile() throws UserError {
    MyOddsStudy.Profile defaults = MyOddsStudy.Profile.DEFAULT;
    if (ranks != null && applications != null) {
      throw new UserError("my-odds: give --applications (to apply) or --ranks (interviews already held), not both");
    }
    String chosenGroup = group == null ? defaults.group() : group;
    Visa needed = chosenGroup.equals(defaults.group()) ? defaults.visa() : Visa.NONE;
    if (visa != null) {
      needed = java.util.Arrays.stream(Visa.values()).filter(v -> v.name().equalsIgnoreCase(visa.strip())).findFirst()
          .orElseThrow(() -> new UserError("my-odds: unknown visa '" + visa + "'; give NONE, J1 or H1B"));
    }
    try {
      return new MyOddsStudy.Profile(chosenGroup, scorePercentile == null ? defaults.scorePercentile() : scorePercentile,
          specialty == null ? defaults.specialty() : specialty,
          applications == null ? defaults.applications() : applications, needed, ranks == null ? List.of() : ranks);
    } catch (IllegalArgumentException e) {
      throw new UserError("my-odds: " + e.getMessage());
    }
  }

  private static String names() {
    return String.join(", ", Studies.all().stream().map(Study::name).toList());
  }
}

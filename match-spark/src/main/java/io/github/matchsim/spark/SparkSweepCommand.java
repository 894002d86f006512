package io.github.matchsim.spark;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Experiment.ExperimentResult;
import io.github.matchsim.simulate.ReplicationSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code match-spark}: a sweep of a {@link ReplicationSource} over settings, on the Spark cluster
 * that {@code spark-submit} names, or on this machine alone with {@code --engine local}; both write
 * the same files. Into the new folder {@code --out}: {@code settings.csv}, then for each setting
 * {@code setting-K/replications.csv} and {@code setting-K/summary.csv}, as a local experiment
 * writes them. The folder appears whole or not at all; an existing one is never written into.
 *
 * <p>Exit status: 0 done, 2 a mistake in the command (the message says which), 3 a failure of the
 * run (a replication, with its index and seed; or the cluster).
 */
@Command(name = "match-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs a sweep of replications over settings on a Spark cluster (or, with --engine local, on this"
        + " machine), and writes each setting's replications.csv and summary.csv into a new folder.")
public final class SparkSweepCommand implements Callable<Integer> {
  @Option(names = "--source", required = true, description = "The replication source, such as couples.")
  String source;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting every run shares (repeatable).")
  Map<String, String> fixed = new LinkedHashMap<>();

  @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
      description = "A setting the sweep varies (repeatable): every combination is run, the last --vary changing fastest.")
  List<String> varied = new ArrayList<>();

  @Option(names = "--replications", defaultValue = "100", description = "Replications per setting (default ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--seed", defaultValue = "1", description = "The master seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Tasks to cut the replications into; 0 for 16 per core of the cluster. Results do not depend on it.")
  int partitions;

  @Option(names = "--engine", defaultValue = "spark", description = "spark (default) or local: this machine alone, no Spark.")
  String engine;

  @Option(names = "--threads", defaultValue = "0", description = "Threads for --engine local; 0 for every processor.")
  int threads;

  @Option(names = "--out", required = true, description = "The folder to create for the results; it must not exist.")
  Path out;

  /** Runs the command with these arguments and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** The exit status of the command with these arguments. */
  static int run(String... args) {
    CommandLine line = new CommandLine(new SparkSweepCommand());
    line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        commandLine.getErr().println("match-spark: " + e.getMessage());
        return 2;
      }
      commandLine.getErr().println("match-spark: the sweep failed: " + e.getMessage());
      return 3;
    });
    return line.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!engine.equals("spark") && !engine.equals("local")) {
      throw new IllegalArgumentException("--engine must be spark or local, not " + engine);
    }
    if (replications < 1) {
      throw new IllegalArgumentException("--replications must be at least 1, not " + replications);
    }
    if (Files.exists(out)) {
      throw new IllegalArgumentException(out + " exists; name a new folder (a sweep never writes into an existing one)");
    }
    List<Map<String, String>> settings = settings();
    ReplicationSource found = ReplicationSource.named(source);
    settings.forEach(found::replication); // refused settings are the user's mistake: before anything runs
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be at least 0, not " + partitions);
    }
    Experiment experiment = Experiment.builder().replications(replications).masterSeed(seed)
        .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors()).build();
    List<ExperimentResult> results = engine.equals("local") ? experiment.sweep(found, settings)
        : OnSpark.sweep(experiment, partitions, source, settings);
    write(settings, results, found);
    System.out.println("match-spark: " + settings.size() + " settings × " + replications + " replications of "
        + source + " written to " + out);
    return 0;
  }

  /** The fixed settings with each combination of the varied ones, the last varying fastest. */
  List<Map<String, String>> settings() {
    List<Map<String, String>> settings = new ArrayList<>();
    settings.add(new LinkedHashMap<>(fixed));
    for (String vary : varied) {
      int equals = vary.indexOf('=');
      if (equals <= 0 || equals == vary.length() - 1) {
        throw new IllegalArgumentException("--vary takes KEY=V1,V2,..., not \"" + vary + "\"");
      }
      String key = vary.substring(0, equals);
      if (fixed.containsKey(key)) {
        throw new IllegalArgumentException("\"" + key + "\" is both --set and --vary");
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> setting : settings) {
        for (String value : vary.substring(equals + 1).split(",", -1)) {
          if (value.isBlank()) {
            throw new IllegalArgumentException("--vary " + vary + " has an empty value");
          }
          Map<String, String> copy = new LinkedHashMap<>(setting);
          copy.put(key, value.trim());
          next.add(copy);
        }
      }
      settings = next;
    }
    return settings;
  }

  /**
   * {@code sweep.md}: what was run (the source, what it measures and assumes, its settings and the
   * grid, replications and seed) and where each setting's figures are. Nothing in it depends on
   * the engine, so that a local run and a cluster run write the same file.
   */
  private String summary(ReplicationSource found, List<String> keys, List<Map<String, String>> settings) {
    StringBuilder md = new StringBuilder("# Sweep of `" + found.name() + "`\n\n");
    if (!found.about().isEmpty()) {
      md.append(found.about()).append("\n\n");
    }
    md.append(String.format(java.util.Locale.ROOT, "%d replications per setting from master seed %d (replication i has"
        + " the seed `Experiment.seedOf(%d, i)`, the same in every setting). Settings:%n%n", replications, seed, seed));
    for (String key : keys) {
      md.append("- `").append(key).append("`: ").append(found.settings().getOrDefault(key, "")).append('\n');
    }
    md.append("\n| setting | ").append(String.join(" | ", keys)).append(" |\n|---|")
        .append("---|".repeat(keys.size())).append('\n');
    for (int s = 0; s < settings.size(); s++) {
      md.append("| `setting-").append(s).append("` | ")
          .append(String.join(" | ", keys.stream().map(settings.get(s)::get).toList())).append(" |\n");
    }
    md.append("\nEach `setting-K/replications.csv` has one row per replication; `setting-K/summary.csv` the mean,"
        + " standard deviation and 95% confidence interval of every metric (Wilson's for a share of runs, Student's t"
        + " kept within its range otherwise).\n");
    return md.toString();
  }

  /** Writes every file into a folder beside {@code out}, then renames it: the results appear whole or not at all. */
  private void write(List<Map<String, String>> settings, List<ExperimentResult> results, ReplicationSource found)
      throws IOException {
    Path absolute = out.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
    try {
      List<String> keys = settings.get(0).keySet().stream().toList();
      try (Writer w = Files.newBufferedWriter(staging.resolve("settings.csv"), StandardCharsets.UTF_8)) {
        w.write("setting," + String.join(",", keys) + "\n");
        for (int s = 0; s < settings.size(); s++) {
          w.write("setting-" + s + "," + String.join(",", keys.stream().map(settings.get(s)::get).toList()) + "\n");
        }
      }
      Files.writeString(staging.resolve("sweep.md"), summary(found, keys, settings), StandardCharsets.UTF_8);
      for (int s = 0; s < settings.size(); s++) {
        Path folder = Files.createDirectory(staging.resolve("setting-" + s));
        try (Writer w = Files.newBufferedWriter(folder.resolve("replications.csv"), StandardCharsets.UTF_8)) {
          results.get(s).writeReplicationsCsv(w);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("summary.csv"), StandardCharsets.UTF_8)) {
          results.get(s).writeSummaryCsv(w);
        }
      }
      Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      if (Files.exists(staging)) { // only the staging folder this run made, never anything of the user's
        try (Stream<Path> paths = Files.walk(staging)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(path);
          }
        }
      }
    }
  }
}

package io.github.matchsim.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Turns JMH's CSV results ({@code -rf csv}) and {@link FootprintReport}'s table into {@code
 * docs/benchmarks.md}: the machine, a table of every result, the exponent {@code b} of time ≈
 * {@code c·L^b} fitted by least squares on log–log scales over market sizes ({@code L} the total
 * length of the applicants' lists), and a PNG of time against list entries on log axes.
 *
 * <p>Run by {@code match-bench/run.sh}: {@code BenchmarkReport PROFILE FOOTPRINT.md OUT.md OUT.png
 * RESULTS.csv...}.
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  /**
   * One JMH result row, its score and error converted to milliseconds; {@code kib} is the working
   * set of {@link MemoryLatencyBenchmark} (0 for the market benchmarks).
   */
  record Result(String benchmark, int applicants, int ranks, String coupleShare, int kib, double ms, double error) {
    long entries() {
      return (long) applicants * ranks;
    }

    boolean isMemoryLatency() {
      return kib > 0;
    }

    /** The benchmark and every parameter but the market size: one line of the chart. */
    String series() {
      return benchmark + " (" + ranks + " ranks" + (coupleShare.isEmpty() ? "" : ", couples " + coupleShare) + ")";
    }
  }

  /**
   * The benchmarks kept in modules this one may not depend on, measured by their own scripts: a
   * pointer and their headline, so that this page is the one place to start.
   */
  static final String OTHER_MODULES = """

      ## Other modules

      Measured by their own scripts, because `match-bench` depends on the library only:

      - the exact path (`match-exact`: SAT encoding and Sat4j; `match-exact/bench.sh`, and Sat4j against
        OR-Tools CP-SAT with `match-exact/compare-solvers.sh`): [benchmarks-exact.md](benchmarks-exact.md);
        generated markets of 2,000 applicants with 5% in couples are decided in seconds;
      - the simulator's national replication (`match-simulator/bench.sh`);
      - whole runs of `match` against the Stable Matching Suite's `matchrp` (`match-bench/vs-peer.sh`,
        [peer.md](peer.md)) and the readers before and after issue 16:
        [benchmarks-whole-run.md](benchmarks-whole-run.md), copied below.
      """;

  /**
   * The exact path's JMH table, taken from its own page (written by hand from {@code
   * match-exact/bench.sh}), so that the figures live in one place and show here too.
   */
  static String exactPathFigures(Path page) throws IOException {
    if (!Files.exists(page)) {
      return "";
    }
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf("\n## JMH");
    if (start < 0) {
      return "";
    }
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start + 1, end < 0 ? text.length() : end).strip();
    return "\n\n#" + section.replaceFirst("## JMH", "## The exact path, JMH") + "\n";
  }

  /**
   * The whole-run and reader figures, taken from their own page (written by hand from {@code
   * match-bench/vs-peer.sh}, {@code scripts/interleave.sh} and the readers' JMH runs), every section
   * one level down.
   */
  static String wholeRunFigures(Path page) throws IOException {
    if (!Files.exists(page)) {
      return "";
    }
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf('\n'); // after the page's title
    return "\n\n## Whole runs and readers\n\nFrom [benchmarks-whole-run.md](benchmarks-whole-run.md).\n\n"
        + text.substring(start + 1).strip().replaceAll("(?m)^## ", "### ") + "\n";
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      System.err.println("usage: BenchmarkReport PROFILE FOOTPRINT.md OUT.md OUT.png RESULTS.csv...");
      System.exit(2);
    }
    List<Result> results = new ArrayList<>();
    List<Result> latencies = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      for (Result r : read(Path.of(args[i]))) {
        (r.isMemoryLatency() ? latencies : results).add(r);
      }
    }
    Map<String, List<Result>> bySeries = results.stream().collect(
        Collectors.groupingBy(Result::series, LinkedHashMap::new, Collectors.toList()));
    StringBuilder md = new StringBuilder("# Benchmarks\n\n");
    md.append("Measured with `match-bench/run.sh ").append(args[0]).append("` on ").append(LocalDate.now())
        .append(". Regenerate with the same command; `match-bench/run.sh full` runs every size and parameter.\n\n");
    md.append("## Machine\n\n").append(machine()).append("\n");
    md.append("## Time per operation\n\nAverage time of one operation (JMH `AverageTime`, forks with a pre-touched "
        + "2 GiB heap; see `match-bench`'s package documentation), with JMH's 99.9% error. One operation is one "
        + "whole match, check, compilation or file read of the market; ns per entry divides it by the "
        + "list entries.\n\n");
    md.append("| benchmark | applicants | ranks | couples | list entries | ms/op | ± | ns per entry |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %s | %,d | %.3f | %.3f | %.1f |%n", r.benchmark(),
          r.applicants(), r.ranks(), r.coupleShare().isEmpty() ? "–" : r.coupleShare(), r.entries(), r.ms(), r.error(),
          r.ms() * 1e6 / r.entries()));
    }
    md.append("\n## Growth with market size\n\nThe exponent `b` of time ≈ c·L^b, fitted by least squares on log–log "
        + "scales over the sizes measured (L = list entries); 1 is linear.\n\n| series | sizes | b |\n|---|---:|---:|\n");
    for (Map.Entry<String, List<Result>> series : bySeries.entrySet()) {
      if (series.getValue().size() >= 2) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f |%n", series.getKey(), series.getValue().size(),
            exponent(series.getValue())));
      }
    }
    Path png = Path.of(args[3]);
    chart(bySeries, png);
    md.append("\n![time against list entries](").append(png.getFileName()).append(")\n\n");
    md.append("For deferred acceptance, a `b` above 1 comes from the memory, not the work: it makes about the same "
        + "number of proposals per applicant at every size with the same ranks (see the memory table), but each "
        + "proposal reads the state of a program chosen by the applicant's list, a random place in memory, and the "
        + "bigger the market the further from the processor that state lives.");
    if (!latencies.isEmpty()) {
      md.append(" `MemoryLatencyBenchmark` measures this machine's price of one random read that depends on the one "
          + "before, by the size of the memory read from:\n\n| working set (KiB) | ns per read | ± |\n|---:|---:|---:|\n");
      for (Result r : latencies) {
        md.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f |%n", r.kib(), r.ms() * 1e6, r.error() * 1e6));
      }
    }
    md.append("\n\n");
    md.append("## Memory\n\nMeasured by `FootprintReport` in a JVM with `-Xmx2g` (method in its Javadoc): the "
        + "compiled market's bytes per list entry, the heap the market keeps, what one match allocates, and the "
        + "proposals of one deferred-acceptance match per applicant (its work).\n\n");
    md.append(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    md.append(OTHER_MODULES);
    Path out = Path.of(args[2]);
    md.append(exactPathFigures(out.toAbsolutePath().getParent().resolve("benchmarks-exact.md")));
    md.append(wholeRunFigures(out.toAbsolutePath().getParent().resolve("benchmarks-whole-run.md")));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
  }

  static List<Result> read(Path csv) throws IOException {
    List<Result> results = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      for (NamedCsvRecord row : reader) {
        String name = row.getField("Benchmark");
        double toMs = millisecondsPer(row.getField("Unit"));
        results.add(new Result(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
            intParam(row, "applicants"),
            intParam(row, "ranks"),
            row.findField("Param: coupleShare").orElse(""),
            intParam(row, "kib"),
            Double.parseDouble(row.getField("Score")) * toMs, parseOrNaN(row.getField("Score Error (99.9%)")) * toMs));
      }
    }
    return results;
  }

  /** A parameter's value, 0 where the benchmark has no such parameter (JMH leaves the cell empty). */
  private static int intParam(NamedCsvRecord row, String name) {
    String value = row.findField("Param: " + name).orElse("");
    return value.isEmpty() ? 0 : Integer.parseInt(value);
  }

  /** Milliseconds in the time unit of JMH's {@code Unit} column ({@code ms/op}, {@code ns/op}, ...). */
  static double millisecondsPer(String unit) {
    return switch (unit) {
      case "s/op" -> 1e3;
      case "ms/op" -> 1;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default -> throw new IllegalArgumentException("not a time per operation: " + unit);
    };
  }

  private static double parseOrNaN(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The least-squares slope of log(ms) on log(entries). */
  static double exponent(List<Result> series) {
    double n = series.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (Result r : series) {
      double x = Math.log(r.entries());
      double y = Math.log(r.ms());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static void chart(Map<String, List<Result>> bySeries, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(1000).height(600).title("Time per operation against market size")
        .xAxisTitle("list entries (applicants × ranks)").yAxisTitle("ms per operation").build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    for (Map.Entry<String, List<Result>> series : bySeries.entrySet()) {
      if (series.getValue().size() >= 2) {
        chart.addSeries(series.getKey(), series.getValue().stream().map(r -> (double) r.entries()).toList(),
            series.getValue().stream().map(Result::ms).toList());
      }
    }
    Files.createDirectories(png.toAbsolutePath().getParent());
    BitmapEncoder.saveBitmap(chart, png.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
  }

  private static String machine() throws IOException {
    String cpu = "unknown";
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
    }
    long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getTotalMemorySize();
    return String.format(Locale.ROOT, "- CPU: %s, %d cores available to the JVM%n- memory: %.1f GiB%n- OS: %s %s (%s)%n"
        + "- JVM: %s %s%n", cpu, Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
  }
}

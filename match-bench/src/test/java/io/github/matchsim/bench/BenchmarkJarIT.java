package io.github.matchsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded benchmark jar runs: one benchmark of each kind, for one short iteration in the same
 * JVM, on the smallest market. It proves the jar and its {@code @Setup}s work; it times nothing.
 */
class BenchmarkJarIT {
  @TempDir
  Path dir;

  @Test
  void everyBenchmarkRunsOnceFromTheShadedJar() throws Exception {
    Path csv = dir.resolve("results.csv");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "target/benchmarks.jar", "-p", "applicants=1000", "-p", "ranks=5", "-p", "coupleShare=0.1", "-p", "kib=64",
        "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-foe", "true", "-rf", "csv", "-rff", csv.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the benchmarks finished");
    assertEquals(0, process.exitValue(), output);
    List<BenchmarkReport.Result> results = BenchmarkReport.read(csv);
    assertEquals(List.of("CompileBenchmark.build", "CompileBenchmark.compile", "CsvReadBenchmark.read",
        "DeferredAcceptanceBenchmark.applicantProposing", "DeferredAcceptanceBenchmark.programProposing",
        "JsonReadBenchmark.read", "MemoryLatencyBenchmark.chase", "RothPeransonBenchmark.rothPeranson",
        "SmsReadBenchmark.read", "StabilityCheckerBenchmark.check"), results.stream().map(BenchmarkReport.Result::benchmark).sorted().toList(), output);
    assertTrue(results.stream().allMatch(r -> r.ms() > 0), results::toString);
    assertTrue(results.stream().allMatch(r -> r.isMemoryLatency() ? r.kib() == 64
        : r.applicants() == 1000 && r.ranks() == 5), results::toString);
    assertTrue(Files.size(csv) > 0);
  }
}

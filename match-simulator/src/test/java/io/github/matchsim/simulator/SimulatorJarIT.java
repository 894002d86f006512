package io.github.matchsim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two packaged jars run together as {@code ./match} runs them, as a separate process: the
 * command line's {@code match.jar} and the simulator's {@code match-simulator.jar} beside it.
 */
class SimulatorJarIT {
  private static final String CLASS_PATH = Path.of("..", "match-cli", "target", "match.jar") + java.io.File.pathSeparator
      + Path.of("target", "match-simulator.jar");

  @TempDir
  Path dir;

  private static List<String> command(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", CLASS_PATH, "io.github.matchsim.cli.MatchCommand"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theJarsTogetherListTheStudies() throws Exception {
    Process process = new ProcessBuilder(command("simulate", "--list")).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertTrue(out.startsWith("nrmp-2025"), out);
  }

  @Test
  void anInterruptedRunLeavesNeitherItsOutputNorItsTemporaries() throws Exception {
    Path out = dir.resolve("sim");
    Process process = new ProcessBuilder(command("simulate", "--scenario", "nrmp-2025", "--replications", "400",
        "--out", out.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && partials() == 0) {
      Thread.sleep(50);
    }
    assertEquals(1, partials(), "the study writes into a temporary folder while it runs");
    process.destroy(); // SIGTERM, as Ctrl-C or kill would
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, partials(), "the temporary folder is gone");
    assertTrue(!Files.exists(out), "no half-written output folder");
  }

  private long partials() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".match-partial")).count();
    }
  }
}

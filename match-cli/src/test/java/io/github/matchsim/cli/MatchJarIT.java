package io.github.matchsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a separate process as a user would: generate, run, check. */
class MatchJarIT {
  @TempDir
  Path dir;

  record Exit(int code, String out, String err) {}

  static Exit java(String... args) throws IOException, InterruptedException {
    return java(List.of(), null, args);
  }

  static Exit java(List<String> jvm, Path stdout, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", "target/match.jar"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (stdout != null) {
      builder.redirectOutput(stdout.toFile());
    }
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar finished");
    return new Exit(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void generateRunCheckEndToEnd() throws Exception {
    Path market = dir.resolve("market.json");
    Path result = dir.resolve("result.json");
    assertEquals(0, java("generate", "--applicants", "2000", "--seed", "3", "--output", market.toString()).code());
    Exit run = java("run", "--market", market.toString(), "--output", result.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().startsWith("roth-peranson: STABLE in "), run.err());
    Exit check = java("check", "--market", market.toString(), "--result", result.toString());
    assertEquals(0, check.code(), check.err());
    assertEquals("stable", check.err().strip());
    Exit missing = java("check", "--market", market.toString(), "--result", dir.resolve("none.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("match: cannot read "), missing.err());
    assertTrue(Files.size(result) > 0);
  }

  @Test
  void runningOutOfMemoryIsExit3WithASentenceAndNoPartialOutput() throws Exception {
    Path market = dir.resolve("big.json");
    Exit exit = java(List.of("-Xmx24m"), null, "generate", "--applicants", "400000", "--output", market.toString());
    assertEquals(3, exit.code(), exit.err());
    assertTrue(exit.err().startsWith("match: out of memory: "), exit.err());
    assertTrue(!exit.err().contains("\tat "), "no stack trace");
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing written, no temporary left");
    }
  }

  @Test
  void aFullDiskOnStandardOutputIsExit2() throws Exception {
    Path market = dir.resolve("market.json");
    assertEquals(0, java("generate", "--applicants", "500", "--output", market.toString()).code());
    Exit exit = java(List.of(), Path.of("/dev/full"), "run", "--market", market.toString());
    assertEquals(2, exit.code(), exit.err());
    assertTrue(exit.err().contains("match: cannot write to standard output"), exit.err());
  }

  @Test
  void devStdoutIsWrittenToThroughAPipeNotReplaced() throws Exception {
    Exit exit = java("generate", "--applicants", "5", "--output", "/dev/stdout");
    assertEquals(0, exit.code(), exit.err());
    assertTrue(exit.out().startsWith("{\n  \"format\" : \"market/1\""), exit.out());
  }
}

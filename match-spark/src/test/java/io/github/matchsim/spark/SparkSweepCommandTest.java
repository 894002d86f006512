package io.github.matchsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.ReplicationSource;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command without Spark ({@code --engine local}): its settings, its files, and what it refuses. */
class SparkSweepCommandTest {
  @TempDir
  Path dir;

  @Test
  void variesTheLastSettingFastest() {
    SparkSweepCommand command = new SparkSweepCommand();
    new CommandLine(command).parseArgs("--source", "test-market", "--set", "applicants=50",
        "--vary", "couple_share=0,0.1", "--vary", "fail_at=-1,-2,-3", "--out", "x");
    List<Map<String, String>> settings = command.settings();
    assertEquals(6, settings.size());
    assertEquals(Map.of("applicants", "50", "couple_share", "0", "fail_at", "-1"), settings.get(0));
    assertEquals(Map.of("applicants", "50", "couple_share", "0", "fail_at", "-2"), settings.get(1));
    assertEquals(Map.of("applicants", "50", "couple_share", "0.1", "fail_at", "-3"), settings.get(5));
  }

  @Test
  void writesEachSettingsCsvsAsTheLocalExperimentDoes() throws IOException {
    Path out = dir.resolve("sweep");
    assertEquals(0, SparkSweepCommand.run("--engine", "local", "--source", "test-market", "--set", "applicants=120",
        "--vary", "couple_share=0,0.2", "--replications", "6", "--seed", "7", "--threads", "2", "--out", out.toString()));
    List<Experiment.ExperimentResult> expected = Experiment.builder().replications(6).masterSeed(7).threads(1).build()
        .sweep(ReplicationSource.named("test-market"),
            List.of(Map.of("applicants", "120", "couple_share", "0"), Map.of("applicants", "120", "couple_share", "0.2")));
    assertEquals("setting,applicants,couple_share\nsetting-0,120,0\nsetting-1,120,0.2\n",
        Files.readString(out.resolve("settings.csv")));
    for (int s = 0; s < 2; s++) {
      StringWriter rows = new StringWriter();
      expected.get(s).writeReplicationsCsv(rows);
      StringWriter summary = new StringWriter();
      expected.get(s).writeSummaryCsv(summary);
      assertEquals(rows.toString(), Files.readString(out.resolve("setting-" + s + "/replications.csv")));
      assertEquals(summary.toString(), Files.readString(out.resolve("setting-" + s + "/summary.csv")));
    }
    String summary = Files.readString(out.resolve("sweep.md"));
    assertTrue(summary.contains("| `setting-1` | 120 | 0.2 |"), summary);
    assertTrue(summary.contains("`couple_share`: share in couples"), summary);
    try (var left = Files.list(dir)) {
      assertEquals(List.of(out), left.toList(), "nothing left beside the results");
    }
  }

  @Test
  void neverWritesIntoAnExistingFolder() throws IOException {
    Path out = Files.createDirectory(dir.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "keep");
    assertEquals(2, SparkSweepCommand.run("--engine", "local", "--source", "test-market", "--set", "applicants=50",
        "--replications", "2", "--out", out.toString()));
    assertEquals("keep", Files.readString(out.resolve("notes.txt")));
    try (var left = Files.list(out)) {
      assertEquals(1, left.count());
    }
  }

  @Test
  void aMistakeExitsTwoAndAFailedReplicationThreeLeavingNothing() throws IOException {
    Path out = dir.resolve("sweep");
    assertEquals(2, SparkSweepCommand.run("--engine", "local", "--source", "no-such", "--out", out.toString()));
    assertEquals(2, SparkSweepCommand.run("--engine", "local", "--source", "test-market", "--set", "applicants=1",
        "--out", out.toString()));
    assertEquals(2, SparkSweepCommand.run("--engine", "local", "--source", "test-market", "--vary", "applicants",
        "--out", out.toString()));
    assertEquals(3, SparkSweepCommand.run("--engine", "local", "--source", "test-market", "--set", "applicants=50",
        "--set", "fail_at=1", "--replications", "3", "--out", out.toString()));
    assertFalse(Files.exists(out));
    try (var left = Files.list(dir)) {
      assertTrue(left.findAny().isEmpty(), "no staging folder left");
    }
  }
}

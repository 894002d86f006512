package io.github.matchsim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.cli.MatchCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match simulate}, driven in process through the command line, which finds the simulator as
 * a plug-in on the class path: every study's smoke test, the my-odds profile, and safe output
 * folders.
 */
class SimulateCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run match(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MatchCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theCommandLineFindsSimulateAndSuggestsIt() {
    assertTrue(match("--help").out().contains("  simulate "), "simulate is listed in the help");
    Run typo = match("simulte");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("did you mean simulate?"), typo.err());
  }

  @Test
  void simulateListsAndRunsAStudyWithItsOutputs() throws Exception {
    Run list = match("simulate", "--list");
    assertTrue(list.out().startsWith("nrmp-2025"), list.out());
    Path out = dir.resolve("sim");
    Run run = match("simulate", "--scenario", "nrmp-2025", "--replications", "2", "--scale", "0.02", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("nrmp-2025: 2 replications in "), run.err());
    assertFalse(run.err().contains("\r"), "no progress bar when standard error is not a terminal");
    for (String file : List.of("replications.csv", "summary.csv", "match-rates.png", "summary.md")) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
    assertTrue(Files.readString(out.resolve("summary.md")).contains("| PGY-1 match rate, US MD seniors | % of the group | "));
    Run unknown = match("simulate", "--scenario", "nope");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown scenario 'nope'; the studies are nrmp-2025"), unknown.err());
  }

  /** Every study's smoke test: a tiny setting, every output written. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"nrmp-2025", "ranks-vs-odds", "couples", "proposing-side", "advanced-prelim", "my-odds", "soap", "visas", "applications", "prelim-year"})
  void everyStudyRunsAtATinySetting(String study) throws Exception {
    Path out = dir.resolve(study);
    Run run = match("simulate", "--scenario", study, "--replications", "2", "--scale", "0.02", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String summary = Files.readString(out.resolve("summary.md"));
    assertTrue(summary.startsWith("# " + study + "\n\n**Question.** "), summary);
    assertTrue(summary.contains("**Answer.**"), summary);
    try (var files = Files.list(out)) {
      assertTrue(files.anyMatch(f -> f.toString().endsWith(".png")), "a chart");
    }
    assertTrue(Files.readString(out.resolve("replications.csv")).lines().count() == 3);
  }

  @Test
  void myOddsTakesAProfileAndRefusesABadOneOrOneForAnotherStudy() throws Exception {
    Path out = dir.resolve("odds");
    Run run = match("simulate", "--scenario", "my-odds", "--group", "US_DO", "--score-percentile", "75",
        "--specialty", "pediatrics (categorical)", "--applications", "30", "--replications", "2", "--scale", "0.05",
        "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String summary = Files.readString(out.resolve("summary.md"));
    assertTrue(summary.contains("(group US_DO) at the 75 percentile of the group, needing no visa, sending 30 "
        + "applications in Pediatrics (Categorical)."), summary);
    Run held = match("simulate", "--scenario", "my-odds", "--visa", "h1b", "--ranks", "90,50,10", "--replications", "2",
        "--scale", "0.05", "--out", dir.resolve("held").toString());
    assertEquals(0, held.code(), held.err());
    String heldSummary = Files.readString(dir.resolve("held").resolve("summary.md"));
    assertTrue(heldSummary.contains("needing an H-1B visa, holding 3 interviews in Internal Medicine (Categorical)"),
        heldSummary);
    assertTrue(heldSummary.contains("| 3 |"), heldSummary);
    Run badGroup = match("simulate", "--scenario", "my-odds", "--group", "IMG", "--out", out.toString());
    assertEquals(2, badGroup.code());
    assertTrue(badGroup.err().contains("my-odds: unknown group 'IMG'; the groups are US_MD, US_DO"), badGroup.err());
    Run badRanks = match("simulate", "--scenario", "my-odds", "--ranks", "90,x", "--out", out.toString());
    assertEquals(2, badRanks.code());
    Run badPercentile = match("simulate", "--scenario", "my-odds", "--score-percentile", "100", "--out", out.toString());
    assertEquals(2, badPercentile.code());
    assertTrue(badPercentile.err().contains("score percentile must be above 0 and below 100, not 100"), badPercentile.err());
    Run badSpecialty = match("simulate", "--scenario", "my-odds", "--specialty", "Cardiology", "--out", out.toString());
    assertEquals(2, badSpecialty.code());
    assertTrue(badSpecialty.err().contains("my-odds: unknown specialty 'Cardiology'; the specialties are Anesthesiology"),
        badSpecialty.err());
    Run badVisa = match("simulate", "--scenario", "my-odds", "--visa", "F1", "--out", out.toString());
    assertEquals(2, badVisa.code());
    assertTrue(badVisa.err().contains("my-odds: unknown visa 'F1'; give NONE, J1 or H1B"), badVisa.err());
    Run citizenVisa = match("simulate", "--scenario", "my-odds", "--group", "US_MD", "--visa", "J1", "--out", out.toString());
    assertEquals(2, citizenVisa.code());
    assertTrue(citizenVisa.err().contains("only a non-US IMG needs a visa here"), citizenVisa.err());
    Run both = match("simulate", "--scenario", "my-odds", "--applications", "40", "--ranks", "50", "--out", out.toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("give --applications (to apply) or --ranks (interviews already held), not both"),
        both.err());
    Run otherStudy = match("simulate", "--scenario", "couples", "--ranks", "90", "--out", out.toString());
    assertEquals(2, otherStudy.code());
    assertTrue(otherStudy.err().contains("describe an applicant for the my-odds study, not couples"), otherStudy.err());
  }

  @Test
  void simulateReplacesItsOwnEarlierRunButNotAFolderWithOtherFiles() throws Exception {
    Path out = dir.resolve("sim");
    List<String> args = List.of("simulate", "--scenario", "proposing-side", "--replications", "2", "--scale", "0.02",
        "--out", out.toString());
    assertEquals(0, match(args.toArray(String[]::new)).code());
    List<String> first = names(out);
    assertEquals(0, match(args.toArray(String[]::new)).code(), "a second run replaces the first");
    assertEquals(first, names(out));
    Files.writeString(out.resolve("mine.txt"), "keep");
    Run refused = match(args.toArray(String[]::new));
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("(mine.txt)"), refused.err());
    List<String> forced = new java.util.ArrayList<>(args);
    forced.add("--force");
    assertEquals(0, match(forced.toArray(String[]::new)).code());
    assertEquals("keep", Files.readString(out.resolve("mine.txt")));
  }

  @Test
  void theCalibrationReportHasARowPerTargetWithItsPublishedFigure() throws Exception {
    Path out = dir.resolve("calibration");
    Run run = match("simulate", "--scenario", "calibration", "--replications", "2", "--scale", "0.02", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String summary = Files.readString(out.resolve("summary.md"));
    assertTrue(summary.contains("| positions filled | % | "), summary);
    assertTrue(summary.contains("| 94.3 | "), "the published figure beside the simulated one: " + summary);
    assertTrue(summary.matches("(?s).*\\n\\d+ of 13 targets within tolerance; \\d+ of 13 met by the 95% interval\\..*"), summary);
    assertFalse(summary.contains("shared/"), "no path outside the repository");
  }

  @Test
  void fittingIsForTheCalibrationStudyAlone() {
    Run refused = match("simulate", "--scenario", "couples", "--fit", "--out", dir.resolve("x").toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("--fit fits the market model for the calibration study, not couples"), refused.err());
  }

  @Test
  void theCouplesStudyAddsWhetherAStableMatchingExistsWhenAskedAndOnlyThen() throws Exception {
    Path out = dir.resolve("couples-exact");
    Run run = match("simulate", "--scenario", "couples", "--exact-budget", "10", "--replications", "2", "--scale", "0.02",
        "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String summary = Files.readString(out.resolve("summary.md"));
    assertTrue(summary.contains("| the exact search found one it missed | none exists (proved) | undecided |"), summary);
    // Every market is counted once: Roth–Peranson's, the exact search's finds, the proofs and the undecided add up.
    List<String> rows = summary.lines().filter(l -> l.matches("\\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| .*")).toList();
    assertEquals(6, rows.size(), summary);
    for (String row : rows) {
      String[] cells = row.split("\\|");
      int total = 0;
      for (int c = 2; c <= 5; c++) {
        total += Integer.parseInt(cells[c].trim());
      }
      assertEquals(2, total, row);
    }
    assertTrue(Files.readString(out.resolve("replications.csv")).contains("no_stable_matching_proved"));

    Run refused = match("simulate", "--scenario", "nrmp-2025", "--exact-budget", "10", "--out", dir.resolve("y").toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("--exact-budget takes a positive number of seconds and goes with the couples study"),
        refused.err());
  }
}

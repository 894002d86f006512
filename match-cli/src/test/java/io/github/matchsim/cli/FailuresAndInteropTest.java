package io.github.matchsim.cli;

import static io.github.matchsim.cli.MatchCommandTest.match;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.cli.MatchCommandTest.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is an exit code and one message; the Stable Matching Suite's files go in and out. */
class FailuresAndInteropTest {
  @TempDir
  Path dir;

  /** The smallest market without a stable matching (docs/semantics.md), in the suite's format. */
  static final String NO_STABLE = "# no stable matching exists\n"
      + "r s p1 p2\n"
      + "c c1 w1 w2 p1 p2 p2 p1\n"
      + "p p1 1 w1 s w2\n"
      + "p p2 1 s w2 w1\n";

  @Test
  void matchAloneIsAUsageErrorAndTyposGetSuggestions() {
    Run alone = match();
    assertEquals(2, alone.code());
    assertTrue(alone.err().contains("give a command"), alone.err());
    Run typo = match("run", "--markt", "m.json");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("unknown option '--markt'; did you mean --market?"), typo.err());
    Run withNumber = match("run", "--markt", "m.json", "--retries", "-1");
    assertFalse(withNumber.err().contains("'-1'"), "a negative number is a value, not a mistyped option: " + withNumber.err());
    Run command = match("chek");
    assertEquals(2, command.code());
    assertTrue(command.err().contains("did you mean check?"), command.err());
    assertFalse(typo.err().contains("\tat "), "no stack trace");
  }

  @Test
  void everyCommandInTheListHasACompleteOneLineSummary() {
    String help = match("--help").out();
    for (String line : help.lines().filter(l -> l.matches("  (run|check|generate|convert|simulate) .*")).toList()) {
      assertTrue(line.strip().endsWith("."), "cut mid-sentence: " + line);
    }
  }

  @Test
  void internalFailuresAreExit3WithASentenceAndOutOfMemorySaysWhatToDo() {
    StringWriter err = new StringWriter();
    assertEquals(3, MatchCommand.fail(new OutOfMemoryError("Java heap space"), false, new PrintWriter(err, true)));
    assertTrue(err.toString().startsWith("match: out of memory: "), err::toString);
    assertTrue(err.toString().contains("MATCH_JAVA_OPTS=-Xmx8g"), err::toString);
    assertFalse(err.toString().contains("\tat "), "no stack trace without --verbose");
    StringWriter wrapped = new StringWriter();
    assertEquals(3, MatchCommand.fail(new RuntimeException(new OutOfMemoryError()), false, new PrintWriter(wrapped, true)));
    assertTrue(wrapped.toString().startsWith("match: out of memory: "), "found in a worker's wrapped failure");
    StringWriter stack = new StringWriter();
    assertEquals(3, MatchCommand.fail(new StackOverflowError(), true, new PrintWriter(stack, true)));
    assertTrue(stack.toString().contains("call stack overflowed"), stack::toString);
    assertTrue(stack.toString().contains("\tat "), "--verbose adds the trace");
  }

  @Test
  void argumentsThatCannotMakeAMarketAreUsageErrors() {
    Run small = match("generate", "--applicants", "3", "--couples", "1", "--output", dir.resolve("a.json").toString());
    assertEquals(0, small.code(), small.err());
    Run share = match("generate", "--couples", "1.5", "--output", dir.resolve("b.json").toString());
    assertEquals(2, share.code(), share.err());
    assertFalse(Files.exists(dir.resolve("b.json")));
  }

  @Test
  void aRunThatIsNotStableWritesMZeroAndCheckReadsItBack() throws Exception {
    Path instance = Files.writeString(dir.resolve("none.txt"), NO_STABLE);
    Path matching = dir.resolve("matching.txt");
    Run run = match("run", "--market", instance.toString(), "--format", "sms", "--output", matching.toString());
    assertEquals(1, run.code(), run.err());
    String text = Files.readString(matching);
    assertTrue(text.matches("# roth-peranson: (CYCLE_DETECTED|LIMIT_REACHED)\nm 0\n(r \\S+ \\S+\n){3}"), text);
    Run check = match("check", "--market", instance.toString(), "--result", matching.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.err().contains("does not say 'm 1'"), check.err());
  }

  @Test
  void checkReadsAMatchingAsTheSuitesMatchrpWritesIt() throws Exception {
    Path instance = Files.writeString(dir.resolve("i.txt"), "#matchrp instance\nr 0 0 1\nr 1 0 1\nr 2 0\n\n p comment\np 0 1 1 0 2\np 1 1 0 1\n");
    Path matching = Files.writeString(dir.resolve("m.txt"), "#matchrp 1.0\n#Final Match:\n#Resident 0 = 1\n\nm 1\nr 0 1\nr 1 0\nr 2 -1\n");
    Run check = match("check", "--market", instance.toString(), "--result", matching.toString());
    assertEquals(0, check.code(), check.err());
    Path unknown = Files.writeString(dir.resolve("u.txt"), "m 1\nr 0 1\nr 9 0\n");
    Run bad = match("check", "--market", instance.toString(), "--result", unknown.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("u.txt: line 3: resident 9 is not in the market"), bad.err());
  }

  @Test
  void checkJudgesCouplesByEitherDefinition() throws Exception {
    // Couple 0 (residents 0, 1) holds (0, 1) and ranks (1, 2) first: resident 0 would take the seat
    // resident 1 leaves at program 1, resident 1 the free program 2.
    Path instance = Files.writeString(dir.resolve("c.txt"), "c 0 0 1 1 2 0 1\np 0 1 0\np 1 1 1 0\np 2 1 1\n");
    Path matching = Files.writeString(dir.resolve("cm.txt"), "m 1\nr 0 0\nr 1 1\n");
    Run project = match("check", "--market", instance.toString(), "--result", matching.toString());
    assertEquals(1, project.code(), project.err());
    assertTrue(project.err().contains("not stable: 1 blocking coalitions {COUPLE=1}"), project.err());
    Run suite = match("check", "--market", instance.toString(), "--result", matching.toString(),
        "--stability", "stable-matching-suite");
    assertEquals(0, suite.code(), suite.err());
    assertTrue(suite.err().contains("stable (couples judged as the Stable Matching Suite's verifier judges them)"),
        suite.err());
    Run unknown = match("check", "--market", instance.toString(), "--result", matching.toString(), "--stability", "kpr");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown definition 'kpr'; give biro-manlove-mcbride or stable-matching-suite"),
        unknown.err());
  }

  @Test
  void idsTheSuitesFormatCannotCarryAreRefusedBeforeAnythingIsWritten() throws Exception {
    Path market = Files.writeString(dir.resolve("spaces.json"), "{\"format\": \"market/1\", \"programs\": [{\"id\": \"CITY IM\","
        + " \"positions\": 1, \"rankOrderList\": [\"Ann Lee\"]}], \"applicants\": [{\"id\": \"Ann Lee\", \"rankOrderList\": [\"CITY IM\"]}]}");
    Path out = dir.resolve("out.txt");
    Run run = match("run", "--market", market.toString(), "--format", "sms", "--output", out.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("applicant id \"Ann Lee\" is not a single token"), run.err());
    assertFalse(Files.exists(out));
    Run convert = match("convert", "--from", market.toString(), "--to", out.toString());
    assertEquals(2, convert.code());
    assertFalse(Files.exists(out));
  }

  @Test
  void aHugeIdIsQuotedAsAShortPrefix() throws Exception {
    String id = "X".repeat(1 << 20);
    Path market = Files.writeString(dir.resolve("huge.json"), "{\"format\": \"market/1\", \"programs\": [], \"applicants\": ["
        + "{\"id\": \"" + id + "\"}, {\"id\": \"" + id + "\"}]}");
    Run run = match("run", "--market", market.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().length() < 1_000, "the message is short: " + run.err().length());
    assertTrue(run.err().contains("…(1048576 characters)"), run.err());
  }

  @Test
  void aBadOptionIsBlamedOnTheOptionNotTheMarket() throws Exception {
    Path market = dir.resolve("m.json");
    assertEquals(0, match("generate", "--applicants", "30", "--output", market.toString()).code());
    Run run = match("run", "--market", market.toString(), "--retries", "-1");
    assertEquals(2, run.code());
    assertEquals("match: retries must be ≥ 0, not -1\n", run.err());
  }

  @Test
  void progressIsDrawnInPlaceOnATerminalAfterASecondAndClearedAtTheEnd() throws Exception {
    StringWriter err = new StringWriter();
    boolean before = Progress.enabled;
    Progress.enabled = true;
    try (Progress progress = Progress.start(new PrintWriter(err, true), "reading big.json")) {
      Thread.sleep(1_600);
      progress.step("matching");
      progress.detail("3 of 20");
      Thread.sleep(400);
    } finally {
      Progress.enabled = before;
    }
    String text = err.toString();
    assertTrue(text.startsWith("\r\033[Kreading big.json "), text);
    assertTrue(text.contains("matching 3 of 20"), text);
    assertTrue(text.endsWith("\r\033[K"), "the line is cleared at the end");
    StringWriter quiet = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(quiet, true), "reading")) {
      Thread.sleep(1_300);
    }
    assertEquals("", quiet.toString(), "nothing when standard error is not a terminal");
  }

  @Test
  void extensionsAreReadInAnyCase() throws Exception {
    Path market = dir.resolve("m.json");
    assertEquals(0, match("generate", "--applicants", "20", "--output", market.toString()).code());
    Path upper = dir.resolve("M.TXT");
    assertEquals(0, match("convert", "--from", market.toString(), "--to", upper.toString()).code());
    assertTrue(Files.isRegularFile(upper), "a Stable Matching Suite file, not a folder");
    Path back = dir.resolve("BACK.JSON");
    assertEquals(0, match("convert", "--from", upper.toString(), "--to", back.toString()).code());
    assertTrue(Files.readString(back).contains("\"format\" : \"market/1\""));
  }
}

package io.github.matchsim.cli;

import static io.github.matchsim.cli.MatchCommandTest.match;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.cli.MatchCommandTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise that no command deletes or changes anything it was not asked to write,
 * that inputs are never modified and that outputs are whole or absent, case by case.
 */
class SafeOutputTest {
  @TempDir
  Path dir;

  Path market;
  byte[] marketBytes;

  @BeforeEach
  void generate() throws IOException {
    market = dir.resolve("m.json");
    Run run = match("generate", "--applicants", "200", "--couples", "0.04", "--reversions", "0.1", "--output",
        market.toString());
    assertEquals(0, run.code(), run.err());
    marketBytes = Files.readAllBytes(market);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void convertRefusesAFolderWithOtherFilesAndWithForceReplacesOnlyTheLayoutsFiles() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("mine"));
    Files.writeString(folder.resolve("notes.txt"), "my notes");
    Files.createDirectory(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub").resolve("data.csv"), "x");
    Files.writeString(folder.resolve("couple_rankings.csv"), "stale");

    Run refused = match("convert", "--from", market.toString(), "--to", folder.toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("holds files this command did not write (notes.txt, sub)"), refused.err());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals(List.of("couple_rankings.csv", "notes.txt", "sub"), names(folder), "nothing touched");

    Run forced = match("convert", "--from", market.toString(), "--to", folder.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    assertEquals("my notes", Files.readString(folder.resolve("notes.txt")));
    assertEquals("x", Files.readString(folder.resolve("sub").resolve("data.csv")));
    assertTrue(Files.readString(folder.resolve("couple_rankings.csv")).startsWith("couple,"), "replaced whole");
    Run back = match("convert", "--from", folder.toString(), "--to", dir.resolve("back.json").toString());
    assertEquals(0, back.code(), back.err());
    assertArrayEquals(marketBytes, Files.readAllBytes(dir.resolve("back.json")));
  }

  @Test
  void aFolderThisCommandWroteIsReplacedWithoutForceAndStaleLayoutFilesGo() throws Exception {
    Path folder = dir.resolve("csv");
    assertEquals(0, match("convert", "--from", market.toString(), "--to", folder.toString()).code());
    assertTrue(names(folder).contains("couple_rankings.csv"));
    assertTrue(names(folder).contains(Outputs.MANIFEST));
    Path simple = dir.resolve("simple.json");
    assertEquals(0, match("generate", "--applicants", "50", "--output", simple.toString()).code());
    Run again = match("convert", "--from", simple.toString(), "--to", folder.toString());
    assertEquals(0, again.code(), again.err());
    assertFalse(names(folder).contains("couple_rankings.csv"), "a couples file of the old market would change the new one");
    Run back = match("convert", "--from", folder.toString(), "--to", dir.resolve("back.json").toString());
    assertEquals(0, back.code(), back.err());
    assertArrayEquals(Files.readAllBytes(simple), Files.readAllBytes(dir.resolve("back.json")));
  }

  @Test
  void emptyAndRootPathsAreUsageErrorsBeforeAnythingIsTouched() throws Exception {
    for (String option : List.of("--to")) {
      Run empty = match("convert", "--from", market.toString(), option, "");
      assertEquals(2, empty.code());
      assertTrue(empty.err().contains(option + " is empty (is a shell variable unset?)"), empty.err());
      Run root = match("convert", "--from", market.toString(), option, "/");
      assertEquals(2, root.code());
      assertTrue(root.err().contains("is the root of the file system"), root.err());
    }
    Run runRoot = match("run", "--market", market.toString(), "--output", "/");
    assertEquals(2, runRoot.code(), runRoot.err());
    Run emptyOutput = match("run", "--market", market.toString(), "--output", "");
    assertEquals(2, emptyOutput.code(), emptyOutput.err());
    Run folder = match("run", "--market", market.toString(), "--output", dir.toString());
    assertEquals(2, folder.code());
    assertTrue(folder.err().contains("is a folder; give the name of a file"), folder.err());
    assertArrayEquals(marketBytes, Files.readAllBytes(market));
  }

  @Test
  void anOutputThatIsAnInputIsRefused() throws Exception {
    Run same = match("run", "--market", market.toString(), "--output", market.toString());
    assertEquals(2, same.code());
    assertTrue(same.err().contains("is the input"), same.err());
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), market);
    Run viaLink = match("run", "--market", market.toString(), "--output", link.toString());
    assertEquals(2, viaLink.code(), viaLink.err());
    Run convert = match("convert", "--from", market.toString(), "--to", dir.resolve(".").resolve("m.json").toString());
    assertEquals(2, convert.code(), convert.err());
    Path csv = dir.resolve("csv");
    assertEquals(0, match("convert", "--from", market.toString(), "--to", csv.toString()).code());
    Run intoInput = match("run", "--market", csv.toString(), "--output", csv.resolve("programs.csv").toString());
    assertEquals(2, intoInput.code(), intoInput.err());
    Run folderOverItself = match("convert", "--from", csv.toString(), "--to", csv.toString(), "--force");
    assertEquals(2, folderOverItself.code(), folderOverItself.err());
    assertArrayEquals(marketBytes, Files.readAllBytes(market));
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndADeviceIsNotReplaced() throws Exception {
    Path real = dir.resolve("real.json");
    Path link = Files.createSymbolicLink(dir.resolve("result.json"), real);
    Run run = match("run", "--market", market.toString(), "--output", link.toString());
    assertTrue(run.code() <= 1, run.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertTrue(Files.readString(real).contains("\"format\" : \"result/1\""));
    Run device = match("run", "--market", market.toString(), "--output", "/dev/null");
    assertTrue(device.code() <= 1, device.err());
    assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
  }

  @Test
  void newFilesFollowTheUmaskAndReplacedFilesKeepTheirMode() throws Exception {
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    Path result = dir.resolve("result.json");
    match("run", "--market", market.toString(), "--output", result.toString());
    assertEquals(umaskMode, Files.getPosixFilePermissions(result), "not owner-only whatever the umask");
    Files.setPosixFilePermissions(result, PosixFilePermissions.fromString("rw-r-----"));
    match("run", "--market", market.toString(), "--output", result.toString());
    assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(result));
  }

  @Test
  void temporariesOfAKilledRunAreCleanedByTheNextAndAFailedWriteLeavesNone() throws Exception {
    Path stale = Files.writeString(dir.resolve(".result.json.2147483646.x1.match-partial"), "half");
    Path staleFolder = Files.createDirectory(dir.resolve(".csv.2147483646.x2.match-partial"));
    Files.writeString(staleFolder.resolve("programs.csv"), "half");
    assertEquals(0, match("generate", "--applicants", "20", "--output", dir.resolve("g.json").toString()).code());
    assertFalse(Files.exists(stale), "the temporary of a process that is gone is deleted");
    assertFalse(Files.exists(staleFolder));
    Run sms = match("run", "--market", market.toString(), "--format", "sms", "--output", dir.resolve("r.txt").toString());
    assertTrue(sms.code() <= 1, sms.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".match-partial")));
    }
  }

  @Test
  void aFailedWriteToStandardOutputIsExit2() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = MatchCommand.execute(new String[] {"run", "--market", market.toString()},
        new PrintWriter(new java.io.PrintStream(full, false, StandardCharsets.UTF_8), false, StandardCharsets.UTF_8),
        new PrintWriter(err));
    assertEquals(2, code, err::toString);
    assertTrue(err.toString().contains("match: cannot write to standard output"), err::toString);
  }
}

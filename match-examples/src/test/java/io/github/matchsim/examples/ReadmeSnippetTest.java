package io.github.matchsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.stability.StabilityChecker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example of the README, verbatim between the markers, so that it stays true. */
class ReadmeSnippetTest {
  @Test
  void theReadmeExampleRunsAndIsStable() {
    // README snippet start
    Market market = Market.builder()
        .program("CITY-IM", ProgramType.CATEGORICAL, 2, "Garcia", "Hassan", "Chen")
        .program("MERCY-FM", ProgramType.CATEGORICAL, 1, "Chen", "Hassan")
        .applicant("Garcia", "US_MD", "CITY-IM")
        .applicant("Hassan", "NON_US_IMG", "CITY-IM", "MERCY-FM")
        .applicant("Chen", "US_DO", "MERCY-FM", "CITY-IM")
        .build();
    MatchResult result = new GaleShapleyApplicantProposing().match(market);
    result.matching().assignments().forEach(System.out::println);
    System.out.println(StabilityChecker.check(result.matching()));   // prints "stable"
    // README snippet end
    assertEquals(List.of(
            new Assignment("Garcia", "CITY-IM", 1, null, 0),
            new Assignment("Hassan", "CITY-IM", 1, null, 0),
            new Assignment("Chen", "MERCY-FM", 1, null, 0)),
        result.matching().assignments());
    assertEquals("stable", StabilityChecker.check(result.matching()).toString());
  }

  @Test
  void theReadmeShowsThisSnippet() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/matchsim/examples/ReadmeSnippetTest.java"));
    String snippet = source.substring(source.indexOf("// README snippet start"), source.indexOf("// README snippet end"));
    String readme = Files.readString(Path.of("../README.md"));
    List<String> lines = snippet.lines().skip(1).map(String::strip).toList();
    int from = 0;
    for (String line : lines) {
      int at = readme.indexOf(line, from);
      assertEquals(true, at >= 0, "README lacks, in order, the line: " + line);
      from = at + line.length();
    }
  }

  /** The README's Java block, imports and all, compiles as printed and prints what it says. */
  @Test
  void theReadmesJavaBlockCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    assertTrue(block.startsWith("import "), "the block starts with its imports");
    Path file = dir.resolve("FirstMatch.java");
    Files.writeString(file, block);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, null, diagnostics, "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), file.toString());
    assertEquals(0, status, diagnostics::toString);
    PrintStream before = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("FirstMatch").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(before);
    }
    assertEquals("Assignment[applicant=Garcia, program=CITY-IM, rank=1, pgy1Program=null, pgy1Rank=0]\n"
        + "Assignment[applicant=Hassan, program=CITY-IM, rank=1, pgy1Program=null, pgy1Rank=0]\n"
        + "Assignment[applicant=Chen, program=MERCY-FM, rank=1, pgy1Program=null, pgy1Rank=0]\n"
        + "stable\n", printed.toString(StandardCharsets.UTF_8));
  }
}

package io.github.matchsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.matchsim.algorithm.GaleShapleyApplicantProposing;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.stability.StabilityChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}

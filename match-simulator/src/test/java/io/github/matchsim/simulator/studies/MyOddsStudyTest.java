package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The my-odds study answers in the directions any adviser would check first, on the same markets. */
class MyOddsStudyTest {
  private static final List<Double> TWELVE = MyOddsStudy.Profile.DEFAULT.programs();

  @TempDir
  Path dir;

  /** The mean of a metric in the study's summary.csv. */
  private double mean(MyOddsStudy.Profile profile, String metric) throws IOException {
    Path out = dir.resolve(String.valueOf(profile.hashCode()));
    new MyOddsStudy(profile).run(new StudyRun(6, 11, 0.25, out, null));
    return Files.readAllLines(out.resolve("summary.csv")).stream().filter(l -> l.startsWith(metric + ","))
        .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).findFirst().orElseThrow();
  }

  @Test
  void moreProgramsAndAStrongerProfileMatchMoreOften() throws IOException {
    double twelve = mean(new MyOddsStudy.Profile("NON_US_IMG", 50, TWELVE), "matched_percent");
    double three = mean(new MyOddsStudy.Profile("NON_US_IMG", 50, TWELVE.subList(0, 3)), "matched_percent");
    double strong = mean(new MyOddsStudy.Profile("US_MD", 90, TWELVE.subList(0, 3)), "matched_percent");
    assertTrue(three < twelve, "3 programs " + three + "%, 12 programs " + twelve + "%");
    assertTrue(three < strong, "non-US IMG at the median " + three + "%, US MD at the 90th percentile " + strong + "%");
    assertTrue(strong > 50 && three < 90, "US MD 90th pct with 3 programs " + strong + "%, IMG " + three + "%");
  }

  @Test
  void theDistributionOfWhereAddsUpToTheProbabilityOfMatching() throws IOException {
    MyOddsStudy.Profile profile = new MyOddsStudy.Profile("US_IMG", 60, TWELVE.subList(0, 5));
    double matched = mean(profile, "matched_percent");
    double sum = 0;
    for (int k = 1; k <= 5; k++) {
      sum += mean(profile, "matched_at_percent_" + k);
    }
    assertEquals(matched, sum, 1e-3);
    String summary = Files.readString(dir.resolve(String.valueOf(profile.hashCode())).resolve("summary.md"));
    assertTrue(summary.contains("Group US_IMG, standing at the 60 percentile"), summary);
    assertTrue(summary.contains("67.8% of US-citizen IMGs"), summary);
  }

  @Test
  void badProfilesAreRefusedBeforeAnythingRuns() {
    assertThrows(IllegalArgumentException.class, () -> new MyOddsStudy.Profile("IMG", 50, TWELVE));
    assertThrows(IllegalArgumentException.class, () -> new MyOddsStudy.Profile("US_MD", 0, TWELVE));
    assertThrows(IllegalArgumentException.class, () -> new MyOddsStudy.Profile("US_MD", 50, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new MyOddsStudy.Profile("US_MD", 50, List.of(-1.0)));
  }
}

package io.github.matchsim.simulator.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.simulator.market.Visa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The my-odds study answers in the directions any adviser would check first, on the same markets
 * (one seed, so each profile faces the same competitors and programs).
 */
class MyOddsStudyTest {
  private static final String MEDICINE = "Internal Medicine (Categorical)";

  @TempDir
  Path dir;

  private static MyOddsStudy.Profile applying(String group, double percentile, int applications, Visa visa) {
    return new MyOddsStudy.Profile(group, percentile, MEDICINE, applications, visa, List.of());
  }

  /** The mean of a metric in the study's summary.csv. */
  private double mean(MyOddsStudy.Profile profile, String metric) throws IOException {
    Path out = dir.resolve(String.valueOf(profile.hashCode()));
    if (!Files.exists(out)) {
      new MyOddsStudy(profile).run(new StudyRun(8, 11, 0.5, out, null));
    }
    return Files.readAllLines(out.resolve("summary.csv")).stream().filter(l -> l.startsWith(metric + ","))
        .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).findFirst().orElseThrow();
  }

  @Test
  void moreApplicationsAStrongerProfileAndNoVisaMatchMoreOften() throws IOException {
    double few = mean(applying("US_IMG", 50, 10, Visa.NONE), "matched_percent");
    double many = mean(applying("US_IMG", 50, 100, Visa.NONE), "matched_percent");
    double strong = mean(applying("US_MD", 90, 10, Visa.NONE), "matched_percent");
    assertTrue(few < many, "10 applications " + few + "%, 100 applications " + many + "%");
    assertTrue(few < strong, "US IMG at the median " + few + "%, US MD at the 90th percentile " + strong + "%");
    assertTrue(mean(applying("US_IMG", 50, 10, Visa.NONE), "interviews")
        < mean(applying("US_IMG", 50, 100, Visa.NONE), "interviews"), "more applications, more interviews");
    double free = mean(applying("NON_US_IMG", 70, 120, Visa.NONE), "matched_percent");
    double h1b = mean(applying("NON_US_IMG", 70, 120, Visa.H1B), "matched_percent");
    assertTrue(h1b < free, "needing an H-1B " + h1b + "%, no visa " + free + "%");
  }

  @Test
  void theDistributionOfWhereAddsUpToTheProbabilityOfMatching() throws IOException {
    MyOddsStudy.Profile profile = new MyOddsStudy.Profile("US_IMG", 60, MEDICINE, 0, Visa.NONE,
        List.of(90.0, 70.0, 50.0, 30.0, 10.0));
    double matched = mean(profile, "matched_percent");
    double sum = 0;
    for (int k = 1; k <= 5; k++) {
      sum += mean(profile, "matched_at_percent_" + k);
    }
    assertEquals(matched, sum, 1e-3);
    assertEquals(5, mean(profile, "interviews"), 1e-9, "the interviews held, no more");
    String summary = Files.readString(dir.resolve(String.valueOf(profile.hashCode())).resolve("summary.md"));
    assertTrue(summary.contains("(group US_IMG) at the 60 percentile of the group, needing no visa, holding 5 interviews"),
        summary);
    assertTrue(summary.contains("67.8% of US-citizen IMGs"), summary);
  }

  @Test
  void badProfilesAreRefusedBeforeAnythingRuns() {
    assertThrows(IllegalArgumentException.class, () -> applying("IMG", 50, 50, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> applying("US_MD", 0, 50, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> applying("US_MD", 50, 0, Visa.NONE));
    assertThrows(IllegalArgumentException.class, () -> applying("US_MD", 50, 50, Visa.J1));
    assertThrows(IllegalArgumentException.class,
        () -> new MyOddsStudy.Profile("US_MD", 50, "Medicine", 50, Visa.NONE, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new MyOddsStudy.Profile("US_MD", 50, "Transitional (PGY-1 Only)", 50, Visa.NONE, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new MyOddsStudy.Profile("US_MD", 50, MEDICINE, 0, Visa.NONE, List.of(-1.0)));
    assertEquals(MEDICINE, new MyOddsStudy.Profile("US_MD", 50, "internal medicine (categorical)", 5, Visa.NONE,
        List.of()).specialty(), "a specialty's name is found whatever its case");
  }
}

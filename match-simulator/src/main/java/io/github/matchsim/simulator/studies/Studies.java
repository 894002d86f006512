package io.github.matchsim.simulator.studies;

import java.util.List;
import java.util.Optional;

/** The studies the {@code match simulate} command runs by name. */
public final class Studies {
  private static final List<Study> ALL = List.of(new Nrmp2025Study(), new RanksVsOddsStudy(), new CouplesStudy(), new ProposingSideStudy(),
      new AdvancedPrelimStudy(), new MyOddsStudy(), new SoapStudy(), new VisasStudy(), new ApplicationsStudy(), new PrelimYearStudy(), new CalibrationStudy());

  private Studies() {}

  /** Every study, in the order they are listed. */
  public static List<Study> all() {
    return ALL;
  }

  /** The study with this name. */
  public static Optional<Study> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}

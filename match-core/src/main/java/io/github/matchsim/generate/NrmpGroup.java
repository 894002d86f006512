package io.github.matchsim.generate;

import java.util.List;
import java.util.Optional;

/**
 * The applicant groups the NRMP reports match rates for, as {@link NrmpMarkets} generates them.
 * A market's group is any string (see {@code docs/semantics.md}); these are the labels the
 * calibrated presets use, so that studies and reports name them once.
 */
public enum NrmpGroup {
  /** Seniors of US MD-granting schools. */
  US_MD("US MD seniors"),
  /** Seniors of US DO-granting schools. */
  US_DO("US DO seniors"),
  /** US citizens who graduated from international medical schools. */
  US_IMG("US-citizen IMGs"),
  /** Graduates of international medical schools who are not US citizens. */
  NON_US_IMG("non-US-citizen IMGs"),
  /** Graduates of US schools applying again after an earlier match. */
  PREVIOUS_US_GRAD("previous graduates of US schools");

  private final String description;

  NrmpGroup(String description) {
    this.description = description;
  }

  /** The group's label in markets and result files, such as {@code US_MD}. */
  public String label() {
    return name();
  }

  /** The group in words, such as "US MD seniors". */
  public String description() {
    return description;
  }

  /** The labels of every group, in the order above. */
  public static List<String> labels() {
    return List.of(values()).stream().map(NrmpGroup::label).toList();
  }

  /** The group with this label, if it is one of these. */
  public static Optional<NrmpGroup> fromLabel(String label) {
    for (NrmpGroup group : values()) {
      if (group.label().equals(label)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }
}

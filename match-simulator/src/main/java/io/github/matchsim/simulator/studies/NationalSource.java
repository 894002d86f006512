package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import io.github.matchsim.simulator.market.NationalMarketModel;
import io.github.matchsim.generate.NrmpGroup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code national}: the {@code nrmp-2025} study's replication as a {@link ReplicationSource}: a
 * market of the 2025 model drawn, matched as every study matches, and measured by the national
 * margins the study reports (match rates by group and specialty, positions filled, couples, list
 * lengths, stability). Beside the market's {@code scale}, a sweep may vary the model settings that
 * shape the market most: the share of applicants in couples, the interviews an applicant attends
 * (and so the length of its list), the interviews a program offers per position and the share of
 * its interviewees it ranks. Settings left out keep the model's defaults, each with its source in
 * {@link NationalMarketModel.Builder}.
 */
public final class NationalSource implements ReplicationSource {
  static final String SCALE = "scale";
  static final String COUPLE_PERCENT = "couple_percent";
  static final String INTERVIEW_LIMIT = "interview_limit";
  static final String INTERVIEWS_PER_POSITION = "interviews_per_position";
  static final String PROGRAM_RANK_SHARE = "program_rank_share";

  /** The source; it has no state. */
  public NationalSource() {}

  @Override
  public String name() {
    return "national";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(SCALE, "the market's size relative to the national one, above 0 (1 is the 2025 match)");
    settings.put(COUPLE_PERCENT, "percent of applicants in couples, 0 to 100 (default: the 2024 couples scaled, about 5.4)");
    settings.put(INTERVIEW_LIMIT, "the most interviews an applicant attends, and so ranks (default 15)");
    settings.put(INTERVIEWS_PER_POSITION, "interviews a program offers per position (default 12)");
    settings.put(PROGRAM_RANK_SHARE, "share of its interviewees a program ranks, above 0 to 1 (default 0.9)");
    return settings;
  }

  @Override
  public String about() {
    StringBuilder rates = new StringBuilder();
    for (NrmpGroup group : NrmpGroup.values()) {
      Published2025.matchRate(group).ifPresent(rate -> rates.append(rates.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s %.1f%%", group.label(), rate)));
    }
    return "Each replication draws a market of the 2025 model with the setting's values (the model's defaults "
        + "for the rest), matches it as the nrmp-2025 study does, and measures the national margins that study "
        + "reports. Assumptions: " + Report.FUNNEL_ASSUMPTIONS + String.format(Locale.ROOT, " Published (%s), for "
        + "the 2025 market at scale 1 and default settings: positions filled %.1f%%, active applicants matched "
        + "%.1f%%, PGY-1 match rates %s; the real match has ended stable every year on record (Roth and Peranson, "
        + "AER 1999).", Published2025.SOURCE, Published2025.FILLED_PERCENT, Published2025.ACTIVE_MATCHED_PERCENT,
        rates);
  }

  @Override
  public Replication replication(Map<String, String> settings) {
    SourceSettings read = SourceSettings.of(name(), settings, settings());
    double scale = read.positive(SCALE, 100);
    NationalMarketModel.Builder builder = NationalMarketModel.match2025(scale);
    read.wholeNumber(COUPLE_PERCENT, 0, 100).ifPresent(percent ->
        builder.couples(CouplesStudy.couples(scale, percent)));
    read.wholeNumber(INTERVIEW_LIMIT, 1, 1000).ifPresent(limit -> builder.interviewLimit((int) limit));
    read.optionalPositive(INTERVIEWS_PER_POSITION, 1000).ifPresent(builder::interviewsPerPosition);
    read.optionalPositive(PROGRAM_RANK_SHARE, 1).ifPresent(builder::programRankShare);
    NationalMarketModel model = builder.build();
    return (index, seed) -> NationalMetrics.replicate(model, seed);
  }
}

package io.github.matchsim.generate;

/**
 * Generators shaped and calibrated like the NRMP Main Residency Match, from published figures
 * (NRMP press releases and "Results and Data" 2023 to 2025, as quoted by MedPage Today, Fierce
 * Healthcare and the AMA; Roth and Peranson 1999). Each returns a {@link MarketGenerator.Builder}, so any setting can be changed.
 *
 * <p>The 2025 preset, at {@code scale} 1:
 *
 * <table>
 *   <caption>Settings of {@link #match2025(double)}</caption>
 *   <tr><th>setting</th><th>value</th><th>source or reason</th></tr>
 *   <tr><td>applicants</td><td>47,208</td><td>2025 active applicants</td></tr>
 *   <tr><td>programs</td><td>6,626</td><td>2025 programs</td></tr>
 *   <tr><td>positions per program</td><td>uniform 1 to 12 (mean 6.5)</td><td>43,237 positions / 6,626 programs = 6.53</td></tr>
 *   <tr><td>advanced programs</td><td>7.4%</td><td>3,196 PGY-2 positions of 43,237</td></tr>
 *   <tr><td>preliminary programs</td><td>10%</td><td>assumed (not in the figures)</td></tr>
 *   <tr><td>applicants in couples</td><td>5.4%</td><td>about 1,218 couples among 44,853 active applicants (2024)</td></tr>
 *   <tr><td>specialties</td><td>40</td><td>assumed, about the number of NRMP specialties</td></tr>
 *   <tr><td>programs with a reversion</td><td>5%</td><td>assumed</td></tr>
 *   <tr><td>list length</td><td>uniform 8 to 16; IMGs 6 to 13</td><td>matched applicants ranked 10.4 to 12.4 programs (2015 to 2021); IMGs get fewer interviews</td></tr>
 *   <tr><td>groups (weight, score mean)</td><td>US_MD 19,500, +1.15; US_DO 8,100, +1.05; US_IMG 4,700, −0.2; NON_US_IMG 6,400, −0.65; PREVIOUS_US_GRAD 6,153, −0.3</td><td>2024 active applicants by group (rough); score means calibrated to the 2025 PGY-1 match rates</td></tr>
 *   <tr><td>applicant score weight</td><td>0.8</td><td>programs largely agree on whom they prefer; calibrated with the score means</td></tr>
 * </table>
 *
 * <p>Calibration, measured on 3 seeds at scale 0.2 with Roth–Peranson (published 2025 figure in
 * brackets): US MD seniors matched 93.0% (93.5%), US DO 92.4% (92.6%), US-citizen IMGs 67.3%
 * (67.8%), non-US-citizen IMGs 57.4% (58.0%); positions filled 95.7% (94.3%).
 */
public final class NrmpMarkets {
  /** Active applicants in the 2025 Main Residency Match. */
  public static final int APPLICANTS_2025 = 47_208;
  /** Programs in the 2025 Main Residency Match. */
  public static final int PROGRAMS_2025 = 6_626;

  private NrmpMarkets() {}

  /**
   * A generator of 2025-like markets, with {@code scale} times the applicants and programs (1 for
   * the national market, 0.1 for a tenth of it).
   */
  public static MarketGenerator.Builder match2025(double scale) {
    return match2025(scale, IntDistribution.uniform(8, 16), IntDistribution.uniform(6, 13));
  }

  /**
   * The 2025 preset with every applicant's list length drawn from {@code listLength}, whatever its
   * group: for studies of list length, where the calibrated group scores are kept but the IMGs'
   * shorter lists are not.
   */
  public static MarketGenerator.Builder match2025(double scale, IntDistribution listLength) {
    return match2025(scale, listLength, listLength);
  }

  private static MarketGenerator.Builder match2025(double scale, IntDistribution lists, IntDistribution imgLists) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be positive, not " + scale);
    }
    return MarketGenerator.builder()
        .applicants((int) Math.max(2, Math.round(APPLICANTS_2025 * scale)))
        .programs((int) Math.max(1, Math.round(PROGRAMS_2025 * scale)))
        .positions(IntDistribution.uniform(1, 12))
        .listLength(lists)
        .specialties(40)
        .programTypeShares(0.074, 0.10)
        .coupleShare(0.054)
        .reversionShare(0.05)
        .applicantScoreWeight(0.8)
        .group(NrmpGroup.US_MD.label(), 19_500, 1.15, null)
        .group(NrmpGroup.US_DO.label(), 8_100, 1.05, null)
        .group(NrmpGroup.US_IMG.label(), 4_700, -0.2, imgLists)
        .group(NrmpGroup.NON_US_IMG.label(), 6_400, -0.65, imgLists)
        .group(NrmpGroup.PREVIOUS_US_GRAD.label(), 6_153, -0.3, null);
  }
}

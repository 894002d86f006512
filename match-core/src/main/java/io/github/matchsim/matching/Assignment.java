package io.github.matchsim.matching;

import java.util.Objects;

/**
 * Where one matched applicant goes, with original 1-based ranks as in the result format.
 *
 * @param applicant the applicant's id
 * @param program the id of the program of its primary position
 * @param rank the position of that program on the applicant's primary list, or of the couple's
 *     pair on the couple's list, 1 for the first; 0 when the program is on neither list (a matching
 *     that is not individually rational)
 * @param pgy1Program the id of the PGY-1 program from a supplemental list, or null
 * @param pgy1Rank its position on the supplemental list, 1 for the first; 0 when there is none
 */
public record Assignment(String applicant, String program, int rank, String pgy1Program, int pgy1Rank) {
  public Assignment {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(program, "program");
  }
}

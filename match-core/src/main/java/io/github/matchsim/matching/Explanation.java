package io.github.matchsim.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why an applicant matched where it did, or did not match: for each entry of its list, in order,
 * what happened there, in sentences an applicant can read and in fields a tool can use. It reads
 * the matching as it stands (holders and final positions), so it explains any result, stable or
 * not; an entry where the applicant would have been admitted says so (the matching is then not
 * stable there).
 *
 * <p>For a single, one entry per program of its primary list; for a couple member, one per pair of
 * the couple's list (the member's side and the partner's); for an applicant holding an advanced
 * program with a supplemental list linked to it, one per program of that list, after the others.
 *
 * @param applicant the applicant's id
 * @param partner the partner's id for a couple member, null for a single
 * @param summary one sentence: where the applicant matched, or that it did not
 * @param entries the primary list's entries (a couple's pairs), in the list's order
 * @param supplemental the supplemental list's entries, empty when none was used
 * @param supplementalNote a sentence on the supplemental lists when there are any, null otherwise
 */
public record Explanation(String applicant, String partner, String summary, List<Entry> entries,
    List<Entry> supplemental, String supplementalNote) {
  public Explanation {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(summary, "summary");
    entries = List.copyOf(entries);
    supplemental = List.copyOf(supplemental);
  }

  /** What happened at one entry. */
  public enum Outcome {
    /** The applicant (or the couple) holds this entry. */
    MATCHED,
    /** The entry lies below the one held: it was never needed. */
    BELOW_MATCH,
    /** The program did not rank the applicant. */
    NOT_RANKED,
    /** The program ended with no positions (after reversions). */
    NO_POSITIONS,
    /** The program's positions all went to applicants it ranked higher. */
    FILLED_ABOVE,
    /** The program ranked the applicant and had room for it: the matching is not stable here. */
    ROOM_LEFT,
    /** A couple's side that is "no match": the member goes unmatched if the pair is taken. */
    NO_MATCH_SIDE
  }

  /**
   * One side of an entry: an applicant at a program.
   *
   * @param applicant the applicant's id
   * @param program the program's id, null for a couple's "no match" side
   * @param outcome what happened on this side
   * @param rankByProgram the applicant's place on the program's list (1 = first), 0 if unranked
   * @param lastAdmittedRank the place on the program's list of the lowest-ranked applicant it
   *     holds, other than the couple's members (0 if it holds none)
   * @param positions the program's final positions
   */
  public record Side(String applicant, String program, Outcome outcome, int rankByProgram, int lastAdmittedRank,
      int positions) {}

  /**
   * One entry of a list.
   *
   * @param place the entry's place on the list (1 = first choice)
   * @param sides one side for a single's or a supplemental entry, two for a couple's pair (the
   *     member's first)
   * @param outcome the entry's outcome: {@code MATCHED} or {@code BELOW_MATCH}, else the first side
   *     that turned it down, else {@code ROOM_LEFT}
   * @param sentence what happened, in words
   */
  public record Entry(int place, List<Side> sides, Outcome outcome, String sentence) {
    public Entry {
      sides = List.copyOf(sides);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /** Why {@code applicantId} matched where it did in {@code matching}. */
  public static Explanation of(Matching matching, String applicantId) {
    return Explaining.explain(matching, applicantId);
  }

  /** The explanation as lines of text: the summary, then one line per entry. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(summary);
    entries.forEach(entry -> lines.add(entry.sentence()));
    if (supplementalNote != null) {
      lines.add(supplementalNote);
    }
    supplemental.forEach(entry -> lines.add(entry.sentence()));
    return lines;
  }
}

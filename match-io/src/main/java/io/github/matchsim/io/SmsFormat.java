package io.github.matchsim.io;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.InvalidMarketException;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.MarketProblem;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.matching.Matching;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text formats of the Stable Matching Suite (F. Bacchus, J. Drummond and A. Perrault,
 * the tools of "Stable Matching with Couples" experiments, IJCAI 2015), so that published instance
 * sets and their verifiers can be used with this project.
 *
 * <ul>
 *   <li>Instances: lines {@code r rid pid...} (a resident and its ranking), {@code c cid rid0 rid1
 *       p0a p0b p1a p1b ...} (a couple and its ranking of pairs, {@code -1} for no match) and {@code
 *       p pid cap rid...} (a program, its capacity and its ranking). Blank lines are skipped.
 *   <li>Matchings: a first line {@code m 1} (a matching follows) or {@code m 0} (none was found),
 *       then lines {@code r rid pid}.
 * </ul>
 *
 * <p>The format knows no program types, supplemental lists, reversions or groups: programs read
 * are categorical, and writing a market that has any of these is refused. Ids are single tokens.
 */
public final class SmsFormat {
  private static final String NO_MATCH = "-1";

  private SmsFormat() {}

  // ---- instances ----

  /** Reads an instance; {@code file} names it in messages. */
  public static Market readMarket(InputStream in, String file) throws IOException, InvalidFileException {
    List<FileProblem> problems = new ArrayList<>();
    Map<String, Long> programLine = new LinkedHashMap<>();
    Map<String, Long> applicantLine = new LinkedHashMap<>();
    List<Long> coupleLines = new ArrayList<>();
    List<Program> programs = new ArrayList<>();
    Map<String, Applicant> applicants = new LinkedHashMap<>();
    List<Couple> couples = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String text;
    long line = 0;
    while ((text = reader.readLine()) != null) {
      line++;
      String[] tokens = text.strip().split("\\s+");
      if (tokens.length == 1 && tokens[0].isEmpty()) {
        continue;
      }
      String place = "line " + line;
      switch (tokens[0]) {
        case "r" -> {
          if (tokens.length < 2) {
            problems.add(new FileProblem(file, place, "a resident line is 'r rid pid...'; the id is missing"));
            continue;
          }
          if (applicants.putIfAbsent(tokens[1], new Applicant(tokens[1], null, rest(tokens, 2))) != null) {
            problems.add(new FileProblem(file, place, "duplicate resident " + tokens[1] + " (also line "
                + applicantLine.get(tokens[1]) + ")"));
          }
          applicantLine.putIfAbsent(tokens[1], line);
        }
        case "c" -> {
          if (tokens.length < 4 || (tokens.length - 4) % 2 != 0) {
            problems.add(new FileProblem(file, place, "a couple line is 'c cid rid0 rid1' followed by pairs of"
                + " programs (-1 for no match); found " + (tokens.length - 1) + " fields after 'c'"));
            continue;
          }
          List<ProgramPair> pairs = new ArrayList<>();
          for (int k = 4; k < tokens.length; k += 2) {
            pairs.add(new ProgramPair(side(tokens[k]), side(tokens[k + 1])));
          }
          couples.add(new Couple(tokens[1], tokens[2], tokens[3], pairs));
          coupleLines.add(line);
          for (int m = 2; m <= 3; m++) {
            applicants.putIfAbsent(tokens[m], new Applicant(tokens[m], null, List.of()));
            applicantLine.putIfAbsent(tokens[m], line);
          }
        }
        case "p" -> {
          if (tokens.length < 3) {
            problems.add(new FileProblem(file, place, "a program line is 'p pid cap rid...'; found "
                + (tokens.length - 1) + " fields after 'p'"));
            continue;
          }
          int capacity;
          try {
            capacity = Integer.parseInt(tokens[2]);
          } catch (NumberFormatException e) {
            problems.add(new FileProblem(file, place, "capacity must be a whole number, not '" + tokens[2] + "'"));
            continue;
          }
          programs.add(new Program(tokens[1], ProgramType.CATEGORICAL, capacity, rest(tokens, 3)));
          programLine.putIfAbsent(tokens[1], line);
        }
        default -> problems.add(new FileProblem(file, place,
            "unknown line type '" + tokens[0] + "'; expected r (resident), c (couple) or p (program)"));
      }
    }
    if (line == 0) {
      problems.add(new FileProblem(file, "line 1", "the file is empty"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    List<Applicant> applicantList = new ArrayList<>(applicants.values());
    try {
      return new Market(programs, applicantList, couples);
    } catch (InvalidMarketException e) {
      for (MarketProblem problem : e.problems()) {
        problems.add(new FileProblem(file, trace(problem.path(), programs, applicantList, coupleLines,
            programLine, applicantLine), problem.message()));
      }
      throw new InvalidFileException(problems);
    }
  }

  private static final Pattern PATH = Pattern.compile("(programs|applicants|couples)\\[(\\d+)].*");

  private static String trace(String path, List<Program> programs, List<Applicant> applicants,
      List<Long> coupleLines, Map<String, Long> programLine, Map<String, Long> applicantLine) {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return "-";
    }
    int i = Integer.parseInt(m.group(2));
    Long line = switch (m.group(1)) {
      case "programs" -> programLine.get(programs.get(i).id());
      case "applicants" -> applicantLine.get(applicants.get(i).id());
      default -> coupleLines.get(i);
    };
    return line == null ? "-" : "line " + line;
  }

  private static List<String> rest(String[] tokens, int from) {
    return Arrays.asList(tokens).subList(from, tokens.length);
  }

  private static String side(String token) {
    return NO_MATCH.equals(token) ? null : token;
  }

  /**
   * Writes an instance: residents (singles), couples, programs.
   *
   * @throws IllegalArgumentException if the market has what the format cannot say: program types
   *     other than categorical, supplemental lists, reversions or ids with white space
   */
  public static void writeMarket(Market market, OutputStream out) throws IOException {
    for (Program p : market.programs()) {
      require(p.type() == ProgramType.CATEGORICAL && p.reversions().isEmpty(),
          "program " + p.id() + " is " + p.type().externalName() + (p.reversions().isEmpty() ? "" : " with reversions"));
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    java.util.Set<String> members = new java.util.HashSet<>();
    market.couples().forEach(c -> {
      members.add(c.member1());
      members.add(c.member2());
    });
    for (Applicant a : market.applicants()) {
      require(a.supplementalLists().isEmpty(), "applicant " + a.id() + " has supplemental lists");
      if (!members.contains(a.id())) {
        writer.write(line("r", a.id(), a.rankOrderList()));
      }
    }
    for (Couple c : market.couples()) {
      List<String> sides = new ArrayList<>();
      for (ProgramPair pair : c.rankOrderList()) {
        sides.add(pair.first() == null ? NO_MATCH : pair.first());
        sides.add(pair.second() == null ? NO_MATCH : pair.second());
      }
      writer.write(line("c", c.id() + " " + c.member1() + " " + c.member2(), sides));
    }
    for (Program p : market.programs()) {
      writer.write(line("p", p.id() + " " + p.positions(), p.rankOrderList()));
    }
    writer.flush();
  }

  private static String line(String kind, String head, List<String> ids) {
    StringBuilder text = new StringBuilder(kind).append(' ').append(head);
    for (String id : ids) {
      require(!id.isEmpty() && id.chars().noneMatch(Character::isWhitespace), "id '" + id + "' is not a single token");
      text.append(' ').append(id);
    }
    return text.append('\n').toString();
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("the Stable Matching Suite format cannot hold this market: " + what);
    }
  }

  // ---- matchings ----

  /** Writes a matching: {@code m 1}, then {@code r rid pid} per matched applicant (primary positions). */
  public static void writeMatching(Matching matching, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write("m 1\n");
    for (int a = 0; a < matching.market().applicantCount(); a++) {
      if (matching.isMatched(a)) {
        writer.write("r " + matching.market().applicantId(a) + " " + matching.market().programId(matching.programOf(a)) + "\n");
      }
    }
    writer.flush();
  }

  /**
   * Reads a matching: applicant id to program id, in file order; empty for {@code m 0}.
   *
   * @throws InvalidFileException naming the line of every problem
   */
  public static Map<String, String> readMatching(InputStream in, String file) throws IOException, InvalidFileException {
    List<FileProblem> problems = new ArrayList<>();
    Map<String, String> matched = new LinkedHashMap<>();
    Map<String, Long> lineOf = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String text;
    long line = 0;
    boolean header = false;
    while ((text = reader.readLine()) != null) {
      line++;
      String[] tokens = text.strip().split("\\s+");
      if (tokens.length == 1 && tokens[0].isEmpty()) {
        continue;
      }
      if (!header) {
        header = true;
        if (tokens.length != 2 || !tokens[0].equals("m") || !(tokens[1].equals("0") || tokens[1].equals("1"))) {
          problems.add(new FileProblem(file, "line " + line, "a matching starts with 'm 1' or 'm 0', not '" + text.strip() + "'"));
        }
        continue;
      }
      if (tokens.length != 3 || !tokens[0].equals("r")) {
        problems.add(new FileProblem(file, "line " + line, "expected 'r rid pid', not '" + text.strip() + "'"));
      } else if (matched.putIfAbsent(tokens[1], tokens[2]) != null) {
        problems.add(new FileProblem(file, "line " + line, "resident " + tokens[1] + " is matched twice (also line "
            + lineOf.get(tokens[1]) + ")"));
      } else {
        lineOf.put(tokens[1], line);
      }
    }
    if (!header) {
      problems.add(new FileProblem(file, "line 1", "the file is empty; a matching starts with 'm 1' or 'm 0'"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return matched;
  }
}

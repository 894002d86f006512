package io.github.matchsim.io;

import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.InvalidMarketException;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.MarketProblem;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Matching;
import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.engine.IntMarket;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 *       p pid cap rid...} (a program, its capacity and its ranking).
 *   <li>Matchings: lines {@code r rid pid} ({@code pid} {@code -1} for an unmatched resident; a
 *       resident without a line is unmatched) and at most one line {@code m 1} (the file holds a
 *       matching its writer asserts it found) or {@code m 0} (its writer found none; also what a
 *       file without an {@code m} line says), anywhere in the file.
 * </ul>
 *
 * <p>As in the suite's own readers, a line that is empty or starts with {@code #} or a space is a
 * comment; tokens are separated by spaces and tabs; the file is UTF-8, and ill-formed UTF-8 is an
 * error with its place. The format knows no program types, supplemental lists, reversions or
 * groups: programs read are categorical, and writing a market that has any of these, or an id that
 * is not one token ({@code -1} included, which means no match), is refused before anything is
 * written.
 */
public final class SmsFormat {
  private static final String NO_MATCH = "-1";

  private SmsFormat() {}

  // ---- instances ----

  /**
   * Reads an instance from a stream; {@code file} names it in messages. The stream is read whole
   * into memory first, so that it can be read a second time when the quick way cannot take it;
   * {@link #readMarket(Path)} reads a file of any size in blocks.
   */
  public static Market readMarket(InputStream in, String file) throws IOException, InvalidFileException {
    return TwoWays.read(in, file, SmsTablesReader::read, SmsFormat::readMarketByLines);
  }

  /**
   * Reads the instance in a file. A well-formed ASCII instance is streamed straight into the
   * compiled form's tables ({@link SmsTablesReader}); anything else is read again line by line,
   * and every problem is reported with its line.
   */
  public static Market readMarket(Path path) throws IOException, InvalidFileException {
    return TwoWays.read(path, SmsTablesReader::read, SmsFormat::readMarketByLines);
  }

  /** The careful reader: line by line, every problem with its line. */
  static Market readMarketByLines(InputStream in, String file) throws IOException, InvalidFileException {
    List<FileProblem> problems = new ArrayList<>();
    Map<String, Long> programLine = new LinkedHashMap<>();
    Map<String, Long> applicantLine = new LinkedHashMap<>();
    List<Long> coupleLines = new ArrayList<>();
    List<Program> programs = new ArrayList<>();
    Map<String, Applicant> applicants = new LinkedHashMap<>();
    List<Couple> couples = new ArrayList<>();
    long lines = lines(in, file, problems, (tokens, line, text) -> {
        String place = "line " + line;
        switch (tokens[0]) {
          case "r" -> {
            if (tokens.length < 2) {
              problems.add(new FileProblem(file, place, "a resident line is 'r rid pid...'; the id is missing"));
              return;
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
              return;
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
              return;
            }
            Integer capacity;
            try {
              capacity = Numbers.parseInt(tokens[2]);
            } catch (ArithmeticException e) {
              problems.add(new FileProblem(file, place, "capacity " + e.getMessage()));
              return;
            }
            if (capacity == null) {
              problems.add(new FileProblem(file, place, "capacity must be a whole number, not '" + tokens[2] + "'"));
              return;
            }
            programs.add(new Program(tokens[1], ProgramType.CATEGORICAL, capacity, rest(tokens, 3)));
            programLine.putIfAbsent(tokens[1], line);
          }
          default -> problems.add(new FileProblem(file, place,
              "unknown line type '" + tokens[0] + "'; expected r (resident), c (couple), p (program) or # (comment)"));
        }
    });
    if (problems.isEmpty() && lines == 0) {
      problems.add(new FileProblem(file, "line 1", "the file is empty"));
    } else if (problems.isEmpty() && programs.isEmpty() && applicants.isEmpty()) {
      problems.add(new FileProblem(file, "line " + lines, "the file holds no r, c or p line, only blank lines and comments"));
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

  /** One line that is not a comment, split into tokens. */
  @FunctionalInterface
  private interface Line {
    void read(String[] tokens, long line, String text);
  }

  /**
   * Hands every line that is not a comment to {@code line}; ill-formed UTF-8 ends the reading with
   * a problem at its place.
   *
   * @return the number of lines read
   */
  private static long lines(InputStream in, String file, List<FileProblem> problems, Line line) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(new StrictUtf8InputStream(in), StandardCharsets.UTF_8));
    long number = 0;
    try {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!isComment(text)) {
          String[] tokens = tokens(text);
          if (tokens.length > 0) { // a line of tabs only is blank too
            line.read(tokens, number, text);
          }
        }
      }
    } catch (StrictUtf8InputStream.MalformedUtf8Exception e) {
      problems.add(new FileProblem(file, e.place(), e.getMessage()));
    }
    return number;
  }

  /** Empty lines, and lines that start with {@code #} or a space, as the suite's readers skip them. */
  private static boolean isComment(String text) {
    return text.isEmpty() || text.charAt(0) == '#' || text.charAt(0) == ' ';
  }

  /** The tokens of a line, separated by ASCII spaces, tabs and line-end characters (as C++ streams read them). */
  static String[] tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(text.substring(start, i));
      }
    }
    return tokens.toArray(String[]::new);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B';
  }

  private static boolean isToken(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (isSeparator(id.charAt(i))) {
        return false;
      }
    }
    return !id.isEmpty();
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
   * Writes an instance: residents (singles), couples, programs. Everything is checked before the
   * first byte is written.
   *
   * @throws IllegalArgumentException if the market has what the format cannot say: program types
   *     other than categorical, supplemental lists, reversions, or ids that are not single tokens
   *     (empty, with spaces, tabs or line breaks) or that read back as something else ({@code -1},
   *     no match, as a program id; a leading {@code #})
   */
  public static void writeMarket(Market market, OutputStream out) throws IOException {
    for (Program p : market.programs()) {
      require(p.type() == ProgramType.CATEGORICAL && p.reversions().isEmpty(),
          "program " + p.id() + " is " + p.type().externalName() + (p.reversions().isEmpty() ? "" : " with reversions"));
      requireProgramId(p.id());
    }
    for (Applicant a : market.applicants()) {
      require(a.supplementalLists().isEmpty(), "applicant " + a.id() + " has supplemental lists");
      requireId("applicant", a.id());
    }
    for (Couple c : market.couples()) {
      requireId("couple", c.id());
    }
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    java.util.Set<String> members = new java.util.HashSet<>();
    market.couples().forEach(c -> {
      members.add(c.member1());
      members.add(c.member2());
    });
    for (Applicant a : market.applicants()) {
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
      text.append(' ').append(id);
    }
    return text.append('\n').toString();
  }

  private static void requireId(String kind, String id) {
    if (!isToken(id)) { // the message only when needed: this runs once per applicant
      require(false, kind + " id " + quote(id) + " is not a single token (it has a space, a tab or a line break)");
    }
  }

  private static void requireProgramId(String id) {
    requireId("program", id);
    if (NO_MATCH.equals(id)) {
      require(false, "program id \"-1\" would read back as no match");
    }
  }

  private static String quote(String id) {
    return "\"" + id.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("the Stable Matching Suite format cannot hold this market: " + what);
    }
  }

  // ---- matchings ----

  /**
   * Writes the matching of a result: a comment with the algorithm and status; {@code m 1} when the
   * result is {@code STABLE} and {@code m 0} otherwise (the suite's verifiers then report that no
   * match was found, which is what the run says); then {@code r rid pid} for every applicant, with
   * {@code -1} for an unmatched one, as the suite's {@code matchrp} writes them. PGY-1 positions
   * have no place in the format and are left out.
   *
   * @throws IllegalArgumentException if an id is not one token or a program id is {@code -1};
   *     nothing is written then
   */
  public static void writeMatching(MatchResult result, OutputStream out) throws IOException {
    IntMatching matching = IntMatching.of(result.matching());
    IntMarket market = matching.market();
    int applicants = market.applicantCount();
    // Every id's bytes once (an id repeats in many lines), checked before the first byte is written.
    byte[][] programBytes = new byte[market.programCount()][];
    byte[][] applicantBytes = new byte[applicants][];
    for (int a = 0; a < applicants; a++) {
      requireId("applicant", market.applicantId(a));
      applicantBytes[a] = market.applicantId(a).getBytes(StandardCharsets.UTF_8);
      if (matching.isMatched(a) && programBytes[matching.programOf(a)] == null) {
        String id = market.programId(matching.programOf(a));
        requireProgramId(id);
        programBytes[matching.programOf(a)] = id.getBytes(StandardCharsets.UTF_8);
      }
    }
    byte[] none = NO_MATCH.getBytes(StandardCharsets.US_ASCII);
    BufferedOutputStream bytes = new BufferedOutputStream(out, 1 << 16);
    bytes.write(("# " + result.algorithm() + ": " + result.status() + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write((result.status() == MatchStatus.STABLE ? "m 1\n" : "m 0\n").getBytes(StandardCharsets.US_ASCII));
    for (int a = 0; a < applicants; a++) {
      bytes.write('r');
      bytes.write(' ');
      bytes.write(applicantBytes[a]);
      bytes.write(' ');
      bytes.write(matching.isMatched(a) ? programBytes[matching.programOf(a)] : none);
      bytes.write('\n');
    }
    bytes.flush();
  }

  /**
   * A matching read from a file in the suite's format.
   *
   * @param found whether the file says {@code m 1} (its writer asserts a stable matching)
   * @param entries the {@code r} lines, in file order
   * @param file the file's name, for messages
   */
  public record SmsMatching(boolean found, List<Entry> entries, String file) {
    /**
     * One {@code r} line.
     *
     * @param resident the resident's id
     * @param program the program's id, or null for {@code -1}
     * @param line the line number
     */
    public record Entry(String resident, String program, long line) {}

    public SmsMatching {
      entries = List.copyOf(entries);
    }

    /**
     * The matching over a market: residents without a line are unmatched, PGY-1 positions are
     * empty, and positions come from the market and its reversions ({@link Matching#of}).
     *
     * @throws InvalidFileException naming the line of every resident or program the market does
     *     not have
     */
    public Matching toMatching(CompiledMarket handle) throws InvalidFileException {
      IntMarket compiled = IntMarket.of(handle);
      List<FileProblem> problems = new ArrayList<>();
      int[] primary = new int[compiled.applicantCount()];
      Arrays.fill(primary, IntMarket.NO_PROGRAM);
      for (Entry entry : entries) {
        int a = compiled.market().applicantIndex(entry.resident());
        int p = entry.program() == null ? IntMarket.NO_PROGRAM : compiled.market().programIndex(entry.program());
        if (a < 0) {
          problems.add(new FileProblem(file, "line " + entry.line(), "resident " + entry.resident() + " is not in the market"));
        } else if (p < 0 && entry.program() != null) {
          problems.add(new FileProblem(file, "line " + entry.line(), "program " + entry.program() + " is not in the market"));
        } else {
          primary[a] = p;
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidFileException(problems);
      }
      int[] none = new int[compiled.applicantCount()];
      Arrays.fill(none, IntMarket.NO_PROGRAM);
      return IntMatching.withReversions(compiled, primary, none);
    }
  }

  /**
   * Reads a matching; {@code file} names it in messages. An empty file is a file that says {@code
   * m 0} and matches no one, as in the suite.
   *
   * @throws InvalidFileException naming the line of every problem
   */
  public static SmsMatching readMatching(InputStream in, String file) throws IOException, InvalidFileException {
    List<FileProblem> problems = new ArrayList<>();
    List<SmsMatching.Entry> entries = new ArrayList<>();
    Map<String, Long> lineOf = new LinkedHashMap<>();
    long[] header = {0}; // the line of the m line, and whether it says 1
    boolean[] found = {false};
    lines(in, file, problems, (tokens, line, text) -> {
      if (tokens[0].equals("m")) {
        if (tokens.length != 2 || !(tokens[1].equals("0") || tokens[1].equals("1"))) {
          problems.add(new FileProblem(file, "line " + line, "an m line is 'm 1' or 'm 0', not '" + text.strip() + "'"));
        } else if (header[0] > 0) {
          problems.add(new FileProblem(file, "line " + line, "a second m line (the first is line " + header[0] + ")"));
        } else {
          header[0] = line;
          found[0] = tokens[1].equals("1");
        }
      } else if (tokens.length != 3 || !tokens[0].equals("r")) {
        problems.add(new FileProblem(file, "line " + line, "expected 'r rid pid' or 'm 0/1', not '" + text.strip() + "'"));
      } else if (lineOf.putIfAbsent(tokens[1], line) != null) {
        problems.add(new FileProblem(file, "line " + line, "resident " + tokens[1] + " is matched twice (also line "
            + lineOf.get(tokens[1]) + ")"));
      } else {
        entries.add(new SmsMatching.Entry(tokens[1], side(tokens[2]), line));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return new SmsMatching(found[0], entries, file);
  }
}

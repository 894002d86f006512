package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.stability.BlockingCoalition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result in the JSON format {@code result/1}, streaming, reporting every problem of
 * structure with the file, JSON path, line and column. Whether the result fits a market is for
 * {@link ResultDocument#toMatching} and the stability checker to say.
 */
public final class ResultJsonReader extends StreamingJsonReader {
  /** The format this reader reads. */
  public static final String FORMAT = "result/1";

  private ResultJsonReader(String file, JsonParser parser) {
    super(file, parser);
  }

  /** Reads the result in a file. */
  public static ResultDocument read(Path path) throws IOException, InvalidFileException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /** Reads a result from a stream; {@code file} names it in messages. */
  public static ResultDocument read(InputStream in, String file) throws IOException, InvalidFileException {
    try (JsonParser parser = createParser(in)) {
      return new ResultJsonReader(file, parser).result();
    }
  }

  private ResultDocument result() throws IOException, InvalidFileException {
    String[] algorithm = {null};
    MatchStatus[] status = {null};
    List<Assignment> assignments = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    List<ResultDocument.ProgramOutcome> programs = new ArrayList<>();
    List<BlockingCoalition> blocking = new ArrayList<>();
    Map<String, Long> statistics = new LinkedHashMap<>();
    List<String> present = new ArrayList<>();
    boolean complete = readTopLevel(FORMAT, field -> {
      present.add(field);
      switch (field) {
        case "algorithm" -> algorithm[0] = string("$.algorithm");
        case "status" -> status[0] = status("$.status");
        case "assignments" -> array("$.assignments", (path, i) -> assignments.add(assignment(path)));
        case "unmatched" -> array("$.unmatched", (path, i) -> unmatched.add(orEmpty(string(path))));
        case "programs" -> array("$.programs", (path, i) -> programs.add(program(path)));
        case "blocking" -> array("$.blocking", (path, i) -> blocking.add(coalition(path)));
        case "statistics" -> statistics(statistics);
        default -> unknownField("$", field);
      }
    });
    if (complete) {
      required("$", present, "algorithm", "status", "assignments", "unmatched");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return new ResultDocument(algorithm[0], status[0], assignments, unmatched, programs, blocking, statistics);
  }

  private MatchStatus status(String path) throws IOException {
    String name = string(path);
    if (name == null) {
      return MatchStatus.STABLE;
    }
    try {
      return MatchStatus.valueOf(name);
    } catch (IllegalArgumentException e) {
      problem(path, "unknown status \"" + name + "\"; expected one of " + Arrays.toString(MatchStatus.values()));
      return MatchStatus.STABLE;
    }
  }

  private Assignment assignment(String path) throws IOException {
    String applicant = null;
    String program = null;
    Integer rank = null;
    String pgy1 = null;
    Integer pgy1Rank = 0;
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "an assignment object")) {
      return new Assignment("", "", 0, null, 0);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      present.add(field);
      String at = path + "." + field;
      switch (field) {
        case "applicant" -> applicant = string(at);
        case "program" -> program = string(at);
        case "rank" -> rank = integer(at);
        case "pgy1Program" -> pgy1 = string(at);
        case "pgy1Rank" -> pgy1Rank = integer(at);
        default -> unknownField(path, field);
      }
    }
    required(path, present, "applicant", "program", "rank");
    return new Assignment(orEmpty(applicant), orEmpty(program), rank == null ? 0 : rank, pgy1,
        pgy1Rank == null ? 0 : pgy1Rank);
  }

  private ResultDocument.ProgramOutcome program(String path) throws IOException {
    String id = null;
    int[] values = new int[4];
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "a program object")) {
      return new ResultDocument.ProgramOutcome("", 0, 0, 0, 0);
    }
    List<String> numbers = List.of("positions", "filled", "revertedIn", "revertedOut");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      present.add(field);
      if (field.equals("id")) {
        id = string(path + ".id");
      } else if (numbers.contains(field)) {
        Integer value = integer(path + "." + field);
        values[numbers.indexOf(field)] = value == null ? 0 : value;
      } else {
        unknownField(path, field);
      }
    }
    required(path, present, "id", "positions");
    return new ResultDocument.ProgramOutcome(orEmpty(id), values[0], values[1], values[2], values[3]);
  }

  private BlockingCoalition coalition(String path) throws IOException {
    BlockingCoalition.Kind kind = BlockingCoalition.Kind.SINGLE;
    List<String> applicants = List.of();
    List<String> programs = List.of();
    String description = "";
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "a blocking coalition object")) {
      return new BlockingCoalition(kind, applicants, programs, description);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      present.add(field);
      String at = path + "." + field;
      switch (field) {
        case "kind" -> {
          String name = string(at);
          try {
            kind = name == null ? kind : BlockingCoalition.Kind.valueOf(name);
          } catch (IllegalArgumentException e) {
            problem(at, "unknown kind \"" + name + "\"");
          }
        }
        case "applicants" -> applicants = strings(at);
        case "programs" -> {
          List<String> read = new ArrayList<>();
          array(at, (entry, i) -> read.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : string(entry)));
          programs = read;
        }
        case "description" -> description = orEmpty(string(at));
        default -> unknownField(path, field);
      }
    }
    required(path, present, "kind", "applicants", "programs");
    return new BlockingCoalition(kind, applicants, programs, description);
  }

  private void statistics(Map<String, Long> statistics) throws IOException {
    if (!expect("$.statistics", JsonToken.START_OBJECT, "an object of numbers")) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        statistics.put(name, parser.getLongValue());
      } else {
        mismatch("$.statistics." + name, "a whole number");
      }
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

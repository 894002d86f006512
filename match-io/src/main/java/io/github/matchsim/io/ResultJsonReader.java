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
    return parse(in, file, parser -> new ResultJsonReader(file, parser).result());
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
    var a = new Object() {
      String applicant = "";
      String program = "";
      int rank;
      String pgy1;
      int pgy1Rank;
    };
    object(path, "an assignment object", (field, at) -> {
      switch (field) {
        case "applicant" -> a.applicant = orEmpty(string(at));
        case "program" -> a.program = orEmpty(string(at));
        case "rank" -> a.rank = orZero(integer(at));
        case "pgy1Program" -> a.pgy1 = string(at);
        case "pgy1Rank" -> a.pgy1Rank = orZero(integer(at));
        default -> unknownField(path, field);
      }
    }, "applicant", "program", "rank");
    return new Assignment(a.applicant, a.program, a.rank, a.pgy1, a.pgy1Rank);
  }

  private ResultDocument.ProgramOutcome program(String path) throws IOException {
    List<String> numbers = List.of("positions", "filled", "revertedIn", "revertedOut");
    var p = new Object() {
      String id = "";
      final int[] values = new int[numbers.size()];
    };
    object(path, "a program object", (field, at) -> {
      if (field.equals("id")) {
        p.id = orEmpty(string(at));
      } else if (numbers.contains(field)) {
        p.values[numbers.indexOf(field)] = orZero(integer(at));
      } else {
        unknownField(path, field);
      }
    }, "id", "positions", "filled", "revertedIn", "revertedOut"); // all checked against the market: none may be left out
    return new ResultDocument.ProgramOutcome(p.id, p.values[0], p.values[1], p.values[2], p.values[3]);
  }

  private BlockingCoalition coalition(String path) throws IOException {
    var b = new Object() {
      BlockingCoalition.Kind kind = BlockingCoalition.Kind.SINGLE;
      List<String> applicants = List.of();
      List<String> programs = new ArrayList<>();
      String description = "";
    };
    object(path, "a blocking coalition object", (field, at) -> {
      switch (field) {
        case "kind" -> {
          String name = string(at);
          try {
            b.kind = name == null ? b.kind : BlockingCoalition.Kind.valueOf(name);
          } catch (IllegalArgumentException e) {
            problem(at, "unknown kind \"" + name + "\"");
          }
        }
        case "applicants" -> b.applicants = strings(at);
        case "programs" -> array(at, (entry, i) ->
            b.programs.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : string(entry)));
        case "description" -> b.description = orEmpty(string(at));
        default -> unknownField(path, field);
      }
    }, "kind", "applicants", "programs");
    return new BlockingCoalition(b.kind, b.applicants, b.programs, b.description);
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
}

package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.InvalidMarketException;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.MarketProblem;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.ProgramType;
import io.github.matchsim.market.Reversion;
import io.github.matchsim.market.SupplementalList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a market in the JSON format {@code market/1} of {@code formats.md}, streaming: the text is
 * never held whole, nor as a tree.
 *
 * <p>Every problem is reported with the file, the place (JSON path, line and column) and what is
 * wrong. Problems of structure (wrong types, missing or unknown fields, bad program types, numbers
 * out of range) are all collected in one pass; when there are none, the market's own rules are
 * checked and all their problems reported. Malformed JSON stops the reading where it is found.
 */
public final class MarketJsonReader extends StreamingJsonReader {
  /** The format this reader reads. */
  public static final String FORMAT = "market/1";

  private MarketJsonReader(String file, JsonParser parser) {
    super(file, parser);
  }

  /** Reads the market in a file. */
  public static Market read(Path path) throws IOException, InvalidFileException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /** Reads a market from a stream; {@code file} names it in messages. */
  public static Market read(InputStream in, String file) throws IOException, InvalidFileException {
    try (JsonParser parser = createParser(in)) {
      return new MarketJsonReader(file, parser).market();
    }
  }

  private Market market() throws IOException, InvalidFileException {
    List<Program> programs = new ArrayList<>();
    List<Applicant> applicants = new ArrayList<>();
    List<Couple> couples = new ArrayList<>();
    List<String> present = new ArrayList<>();
    boolean complete = readTopLevel(FORMAT, field -> {
      present.add(field);
      switch (field) {
        case "programs" -> array("$.programs", (path, i) -> programs.add(program(path)));
        case "applicants" -> array("$.applicants", (path, i) -> applicants.add(applicant(path)));
        case "couples" -> array("$.couples", (path, i) -> couples.add(couple(path)));
        default -> unknownField("$", field);
      }
    });
    if (complete) {
      required("$", present, "programs", "applicants");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    try {
      return new Market(programs, applicants, couples);
    } catch (InvalidMarketException e) {
      for (MarketProblem problem : e.problems()) {
        problems.add(new FileProblem(file, "$." + problem.path(), problem.message()));
      }
      throw new InvalidFileException(problems);
    }
  }

  // ---- the parts of a market ----

  private Program program(String path) throws IOException {
    String id = null;
    ProgramType type = ProgramType.CATEGORICAL;
    Integer positions = null;
    List<String> present = new ArrayList<>();
    List<String> list = List.of();
    List<Reversion> reversions = List.of();
    if (!expect(path, JsonToken.START_OBJECT, "a program object")) {
      return placeholderProgram();
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      String at = path + "." + field;
      present.add(field);
      switch (field) {
        case "id" -> id = string(at);
        case "type" -> type = programType(at, type);
        case "positions" -> positions = integer(at);
        case "rankOrderList" -> list = strings(at);
        case "reversions" -> {
          List<Reversion> read = new ArrayList<>();
          array(at, (entry, i) -> read.add(reversion(entry)));
          reversions = read;
        }
        default -> unknownField(path, field);
      }
    }
    required(path, present, "id", "positions");
    return new Program(id == null ? "" : id, type, positions == null ? 0 : positions, list, reversions);
  }

  private static Program placeholderProgram() {
    return new Program("", ProgramType.CATEGORICAL, 0, List.of());
  }

  private ProgramType programType(String at, ProgramType fallback) throws IOException {
    String name = string(at);
    if (name == null) {
      return fallback;
    }
    try {
      return ProgramType.fromExternalName(name);
    } catch (IllegalArgumentException e) {
      problem(at, e.getMessage());
      return fallback;
    }
  }

  private Reversion reversion(String path) throws IOException {
    String to = null;
    Integer positions = null;
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "a reversion object")) {
      return new Reversion("", 0);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      present.add(field);
      switch (field) {
        case "to" -> to = string(path + ".to");
        case "positions" -> positions = integer(path + ".positions");
        default -> unknownField(path, field);
      }
    }
    required(path, present, "to", "positions");
    return new Reversion(to == null ? "" : to, positions == null ? 0 : positions);
  }

  private Applicant applicant(String path) throws IOException {
    String id = null;
    String group = null;
    List<String> list = List.of();
    List<SupplementalList> supplemental = List.of();
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "an applicant object")) {
      return new Applicant("", null, List.of());
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      String at = path + "." + field;
      present.add(field);
      switch (field) {
        case "id" -> id = string(at);
        case "group" -> group = parser.currentToken() == JsonToken.VALUE_NULL ? null : string(at);
        case "rankOrderList" -> list = strings(at);
        case "supplementalLists" -> {
          List<SupplementalList> read = new ArrayList<>();
          array(at, (entry, i) -> read.add(supplementalList(entry)));
          supplemental = read;
        }
        default -> unknownField(path, field);
      }
    }
    required(path, present, "id");
    return new Applicant(id == null ? "" : id, group, list, supplemental);
  }

  private SupplementalList supplementalList(String path) throws IOException {
    List<String> linkedTo = null;
    List<String> list = List.of();
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "a supplemental list object")) {
      return new SupplementalList(List.of(), List.of());
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      present.add(field);
      switch (field) {
        case "linkedTo" -> linkedTo = strings(path + ".linkedTo");
        case "rankOrderList" -> list = strings(path + ".rankOrderList");
        default -> unknownField(path, field);
      }
    }
    required(path, present, "linkedTo");
    return new SupplementalList(linkedTo == null ? List.of() : linkedTo, list);
  }

  private Couple couple(String path) throws IOException {
    String id = null;
    List<String> members = null;
    List<ProgramPair> pairs = List.of();
    List<String> present = new ArrayList<>();
    if (!expect(path, JsonToken.START_OBJECT, "a couple object")) {
      return new Couple("", "", "", List.of());
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      String at = path + "." + field;
      present.add(field);
      switch (field) {
        case "id" -> id = string(at);
        case "members" -> {
          members = strings(at);
          if (members.size() != 2) {
            problem(at, "a couple has exactly 2 members, not " + members.size());
          }
        }
        case "rankOrderList" -> {
          List<ProgramPair> read = new ArrayList<>();
          array(at, (entry, i) -> read.add(pair(entry)));
          pairs = read;
        }
        default -> unknownField(path, field);
      }
    }
    required(path, present, "id", "members");
    boolean two = members != null && members.size() == 2;
    return new Couple(id == null ? "" : id, two ? members.get(0) : "", two ? members.get(1) : "", pairs);
  }

  private ProgramPair pair(String path) throws IOException {
    if (!expect(path, JsonToken.START_ARRAY, "a pair [program, program] (null for no match)")) {
      return new ProgramPair(null, null);
    }
    List<String> sides = new ArrayList<>();
    int k = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + k++ + "]";
      sides.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : string(at));
    }
    if (sides.size() != 2) {
      problem(path, "a pair has exactly 2 sides, not " + sides.size());
      return new ProgramPair(null, null);
    }
    return new ProgramPair(sides.get(0), sides.get(1));
  }

}

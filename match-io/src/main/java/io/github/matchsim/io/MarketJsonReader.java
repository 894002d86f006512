package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
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
public final class MarketJsonReader {
  /** The format this reader reads. */
  public static final String FORMAT = "market/1";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private final String file;
  private final JsonParser parser;
  private final List<FileProblem> problems = new ArrayList<>();

  private MarketJsonReader(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** Reads the market in a file. */
  public static Market read(Path path) throws IOException, InvalidFileException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /** Reads a market from a stream; {@code file} names it in messages. */
  public static Market read(InputStream in, String file) throws IOException, InvalidFileException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      return new MarketJsonReader(file, parser).market();
    }
  }

  private Market market() throws IOException, InvalidFileException {
    List<Program> programs = new ArrayList<>();
    List<Applicant> applicants = new ArrayList<>();
    List<Couple> couples = new ArrayList<>();
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem("$", "the file is empty; expected a JSON object with \"format\": \"" + FORMAT + "\"");
        throw new InvalidFileException(problems);
      }
      if (first != JsonToken.START_OBJECT) {
        problem("$", "expected a JSON object, found " + describe(first));
        throw new InvalidFileException(problems);
      }
      boolean format = false;
      boolean sawPrograms = false;
      boolean sawApplicants = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "format" -> {
            format = true;
            String value = string("$.format");
            if (value != null && !value.equals(FORMAT)) {
              problem("$.format", "unknown format \"" + value + "\"; this reader reads \"" + FORMAT + "\"");
            }
          }
          case "programs" -> {
            sawPrograms = true;
            array("$.programs", (path, i) -> programs.add(program(path)));
          }
          case "applicants" -> {
            sawApplicants = true;
            array("$.applicants", (path, i) -> applicants.add(applicant(path)));
          }
          case "couples" -> array("$.couples", (path, i) -> couples.add(couple(path)));
          default -> unknownField("$", field);
        }
      }
      if (!format) {
        problem("$", "missing \"format\" (expected \"" + FORMAT + "\")");
      }
      if (!sawPrograms) {
        problem("$", "missing \"programs\"");
      }
      if (!sawApplicants) {
        problem("$", "missing \"applicants\"");
      }
      if (parser.nextToken() != null) {
        problem("$", "unexpected content after the market object");
      }
    } catch (InputCoercionException e) {
      problem("$", "number out of range: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      problems.add(new FileProblem(file, where, "malformed JSON: " + e.getOriginalMessage()));
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

  // ---- values ----

  /** Reports each required field that is absent; one present with a bad value is reported already. */
  private void required(String path, List<String> present, String... fields) {
    for (String field : fields) {
      if (!present.contains(field)) {
        problem(path, "missing \"" + field + "\"");
      }
    }
  }

  @FunctionalInterface
  private interface Element {
    void read(String path, int index) throws IOException;
  }

  /** Reads an array, element by element; the parser stands on its first token. */
  private void array(String path, Element element) throws IOException {
    if (!expect(path, JsonToken.START_ARRAY, "an array")) {
      return;
    }
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      element.read(path + "[" + i + "]", i);
      i++;
    }
  }

  private List<String> strings(String path) throws IOException {
    List<String> values = new ArrayList<>();
    array(path, (entry, i) -> {
      String value = string(entry);
      values.add(value == null ? "" : value);
    });
    return values;
  }

  private String string(String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      mismatch(path, "a string");
      return null;
    }
    return parser.getText();
  }

  private Integer integer(String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      mismatch(path, "a whole number");
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      problem(path, "number out of range: " + parser.getText() + " (at most " + Integer.MAX_VALUE + ")");
      return null;
    }
    return parser.getIntValue();
  }

  /** Whether the current token is {@code token}; if not, reports it and skips the value. */
  private boolean expect(String path, JsonToken token, String what) throws IOException {
    if (parser.currentToken() == token) {
      return true;
    }
    mismatch(path, what);
    return false;
  }

  private void mismatch(String path, String expected) throws IOException {
    problem(path, "expected " + expected + ", found " + describe(parser.currentToken()));
    parser.skipChildren();
  }

  private void unknownField(String path, String field) throws IOException {
    problem(path + "." + field, "unknown field \"" + field + "\"");
    parser.skipChildren();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString();
    };
  }

  private void problem(String path, String message) {
    JsonLocation at = parser.currentTokenLocation();
    String place = at.getLineNr() > 0 ? path + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : path;
    problems.add(new FileProblem(file, place, message));
  }
}

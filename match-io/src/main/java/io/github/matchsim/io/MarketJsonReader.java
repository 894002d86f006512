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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a market in the JSON format {@code market/1} of {@code docs/formats.md}, streaming: the text is
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

  /**
   * Reads the market in a file: streamed straight into the compiled form's tables when it is the
   * common case ({@link JsonTablesReader}), otherwise read again with Jackson, which reports every
   * problem with its place.
   */
  public static Market read(Path path) throws IOException, InvalidFileException {
    return TwoWays.read(path, JsonTablesReader::read, MarketJsonReader::carefully);
  }

  /**
   * Reads a market from a stream; {@code file} names it in messages. The stream is read whole into
   * memory first, so that it can be read a second time when the quick way cannot take it; {@link
   * #read(Path)} reads a file of any size in blocks.
   */
  public static Market read(InputStream in, String file) throws IOException, InvalidFileException {
    return TwoWays.read(in, file, JsonTablesReader::read, MarketJsonReader::carefully);
  }

  /** The careful reader, with Jackson: every problem with its JSON path, line and column. */
  static Market carefully(InputStream in, String file) throws IOException, InvalidFileException {
    return parse(in, file, parser -> new MarketJsonReader(file, parser).market());
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
    var p = new Object() {
      String id = "";
      ProgramType type = ProgramType.CATEGORICAL;
      int positions;
      List<String> list = List.of();
      List<Reversion> reversions = new ArrayList<>();
    };
    object(path, "a program object", (field, at) -> {
      switch (field) {
        case "id" -> p.id = orEmpty(string(at));
        case "type" -> p.type = programType(at, p.type);
        case "positions" -> p.positions = orZero(integer(at));
        case "rankOrderList" -> p.list = strings(at);
        case "reversions" -> array(at, (entry, i) -> p.reversions.add(reversion(entry)));
        default -> unknownField(path, field);
      }
    }, "id", "positions");
    return new Program(p.id, p.type, p.positions, p.list, p.reversions);
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
    var r = new Object() {
      String to = "";
      int positions;
    };
    object(path, "a reversion object", (field, at) -> {
      switch (field) {
        case "to" -> r.to = orEmpty(string(at));
        case "positions" -> r.positions = orZero(integer(at));
        default -> unknownField(path, field);
      }
    }, "to", "positions");
    return new Reversion(r.to, r.positions);
  }

  private Applicant applicant(String path) throws IOException {
    var a = new Object() {
      String id = "";
      String group;
      List<String> list = List.of();
      List<SupplementalList> supplemental = new ArrayList<>();
    };
    object(path, "an applicant object", (field, at) -> {
      switch (field) {
        case "id" -> a.id = orEmpty(string(at));
        case "group" -> a.group = parser.currentToken() == JsonToken.VALUE_NULL ? null : string(at);
        case "rankOrderList" -> a.list = strings(at);
        case "supplementalLists" -> array(at, (entry, i) -> a.supplemental.add(supplementalList(entry)));
        default -> unknownField(path, field);
      }
    }, "id");
    return new Applicant(a.id, a.group, a.list, a.supplemental);
  }

  private SupplementalList supplementalList(String path) throws IOException {
    var l = new Object() {
      List<String> linkedTo = List.of();
      List<String> list = List.of();
    };
    object(path, "a supplemental list object", (field, at) -> {
      switch (field) {
        case "linkedTo" -> l.linkedTo = strings(at);
        case "rankOrderList" -> l.list = strings(at);
        default -> unknownField(path, field);
      }
    }, "linkedTo");
    return new SupplementalList(l.linkedTo, l.list);
  }

  private Couple couple(String path) throws IOException {
    var c = new Object() {
      String id = "";
      List<String> members = List.of();
      List<ProgramPair> pairs = new ArrayList<>();
    };
    object(path, "a couple object", (field, at) -> {
      switch (field) {
        case "id" -> c.id = orEmpty(string(at));
        case "members" -> {
          c.members = strings(at);
          if (c.members.size() != 2) {
            problem(at, "a couple has exactly 2 members, not " + c.members.size());
          }
        }
        case "rankOrderList" -> array(at, (entry, i) -> c.pairs.add(pair(entry)));
        default -> unknownField(path, field);
      }
    }, "id", "members");
    boolean two = c.members.size() == 2;
    return new Couple(c.id, two ? c.members.get(0) : "", two ? c.members.get(1) : "", c.pairs);
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

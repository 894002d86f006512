package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the streaming JSON readers share: the parser, the problems found so far, and reading of
 * values that reports a wrong type with its JSON path, line and column and skips the value, so
 * that reading goes on and every problem of structure is found in one pass.
 */
abstract class StreamingJsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  final String file;
  final JsonParser parser;
  final List<FileProblem> problems = new ArrayList<>();
  private final IdPool ids = new IdPool();

  StreamingJsonReader(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** Reads one field of the top-level object; the parser stands on its value. */
  @FunctionalInterface
  interface TopLevelField {
    void read(String name) throws IOException;
  }

  /**
   * Reads the file's top-level object: checks that there is one, that its {@code "format"} is
   * {@code format} and that nothing follows it, and hands every other field to {@code field}.
   * Malformed JSON is reported where it is found, and reading stops there.
   *
   * @return whether the whole object was read
   */
  boolean readTopLevel(String format, TopLevelField field) throws IOException {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem("$", "the file is empty; expected a JSON object with \"format\": \"" + format + "\"");
        return false;
      }
      if (first != JsonToken.START_OBJECT) {
        problem("$", "expected a JSON object, found " + describe(first));
        return false;
      }
      boolean sawFormat = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("format")) {
          sawFormat = true;
          String value = string("$.format");
          if (value != null && !value.equals(format)) {
            problem("$.format", "unknown format \"" + value + "\"; this reader reads \"" + format + "\"");
          }
        } else {
          field.read(name);
        }
      }
      if (!sawFormat) {
        problem("$", "missing \"format\" (expected \"" + format + "\")");
      }
      if (parser.nextToken() != null) {
        problem("$", "unexpected content after the top-level object");
      }
      return true;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      problems.add(new FileProblem(file, where, "malformed JSON: " + e.getOriginalMessage()));
      return false;
    } catch (StrictUtf8InputStream.MalformedUtf8Exception e) {
      problems.add(new FileProblem(file, e.place(), e.getMessage()));
      return false;
    }
  }

  /**
   * A parser that rejects duplicate fields and ill-formed UTF-8, overlong forms included (UTF-8,
   * UTF-16 and UTF-32 with or without a byte-order mark).
   */
  private static JsonParser createParser(InputStream in) throws IOException {
    return FACTORY.createParser(new StrictUtf8InputStream(in));
  }

  /** Reads a whole document with a parser over {@code in}. */
  @FunctionalInterface
  interface Document<T> {
    T read(JsonParser parser) throws IOException, InvalidFileException;
  }

  /**
   * Parses {@code in} with {@code document}; ill-formed UTF-8 met before reading starts (the parser
   * looks at the first bytes to tell the encoding) is reported like any other problem.
   */
  static <T> T parse(InputStream in, String file, Document<T> document) throws IOException, InvalidFileException {
    try (JsonParser parser = createParser(in)) {
      return document.read(parser);
    } catch (StrictUtf8InputStream.MalformedUtf8Exception e) {
      throw new InvalidFileException(List.of(new FileProblem(file, e.place(), e.getMessage())));
    }
  }

  // ---- values ----

  /** Reads one field of an object; the parser stands on its value, {@code at} is its JSON path. */
  @FunctionalInterface
  interface Field {
    void read(String name, String at) throws IOException;
  }

  /**
   * Reads an object field by field, then reports each of the {@code required} fields that is
   * absent. When the value is not an object it is reported and skipped, and false is returned.
   */
  boolean object(String path, String what, Field field, String... required) throws IOException {
    if (!expect(path, JsonToken.START_OBJECT, what)) {
      return false;
    }
    List<String> present = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      present.add(name);
      field.read(name, path + "." + name);
    }
    required(path, present, required);
    return true;
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** Reports each required field that is absent; one present with a bad value is reported already. */
  void required(String path, List<String> present, String... fields) {
    for (String field : fields) {
      if (!present.contains(field)) {
        problem(path, "missing \"" + field + "\"");
      }
    }
  }

  @FunctionalInterface
  interface Element {
    void read(String path, int index) throws IOException;
  }

  /** Reads an array, element by element; the parser stands on its first token. */
  void array(String path, Element element) throws IOException {
    if (!expect(path, JsonToken.START_ARRAY, "an array")) {
      return;
    }
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      element.read(path + "[" + i + "]", i);
      i++;
    }
  }

  /**
   * Reads an array of strings, equal ones as one object ({@link IdPool}). The hot path of a
   * large market (every rank order list), so an entry's JSON path is built only when the entry is
   * wrong.
   */
  List<String> strings(String path) throws IOException {
    List<String> values = new ArrayList<>();
    if (!expect(path, JsonToken.START_ARRAY, "an array")) {
      return values;
    }
    int i = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), i++) {
      if (token == JsonToken.VALUE_STRING) {
        values.add(ids.canonical(parser.getText()));
      } else {
        mismatch(path + "[" + i + "]", "a string");
        values.add("");
      }
    }
    return values;
  }

  String string(String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      mismatch(path, "a string");
      return null;
    }
    return ids.canonical(parser.getText());
  }

  Integer integer(String path) throws IOException {
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
  boolean expect(String path, JsonToken token, String what) throws IOException {
    if (parser.currentToken() == token) {
      return true;
    }
    mismatch(path, what);
    return false;
  }

  void mismatch(String path, String expected) throws IOException {
    problem(path, "expected " + expected + ", found " + describe(parser.currentToken()));
    parser.skipChildren();
  }

  void unknownField(String path, String field) throws IOException {
    problem(path + "." + field, "unknown field \"" + field + "\"");
    parser.skipChildren();
  }

  static String describe(JsonToken token) {
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

  void problem(String path, String message) {
    JsonLocation at = parser.currentTokenLocation();
    String place = at.getLineNr() > 0 ? path + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : path;
    problems.add(new FileProblem(file, place, message));
  }
}

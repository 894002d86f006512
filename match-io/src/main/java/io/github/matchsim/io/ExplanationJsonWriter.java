package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.matchsim.matching.Explanation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes an {@link Explanation} as JSON ({@code explanation/1}, described in docs/formats.md), for
 * tools: the same entries and sentences as the text, with each side's figures.
 */
public final class ExplanationJsonWriter {
  /** The format's name and version, the document's {@code format} field. */
  public static final String FORMAT = "explanation/1";
  private static final JsonFactory FACTORY = new JsonFactory();

  private ExplanationJsonWriter() {}

  /** Writes the explanation to the stream (UTF-8) and flushes it, leaving it open. */
  public static void write(Explanation explanation, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("applicant", explanation.applicant());
      if (explanation.partner() != null) {
        json.writeStringField("partner", explanation.partner());
      }
      json.writeStringField("summary", explanation.summary());
      entries(json, "entries", explanation.entries());
      if (explanation.supplementalNote() != null) {
        json.writeStringField("supplementalNote", explanation.supplementalNote());
      }
      entries(json, "supplemental", explanation.supplemental());
      json.writeEndObject();
    }
    out.flush();
  }

  private static void entries(JsonGenerator json, String name, List<Explanation.Entry> entries) throws IOException {
    json.writeArrayFieldStart(name);
    for (Explanation.Entry entry : entries) {
      json.writeStartObject();
      json.writeNumberField("place", entry.place());
      json.writeStringField("outcome", entry.outcome().name());
      json.writeStringField("sentence", entry.sentence());
      json.writeArrayFieldStart("sides");
      for (Explanation.Side side : entry.sides()) {
        json.writeStartObject();
        json.writeStringField("applicant", side.applicant());
        if (side.program() != null) {
          json.writeStringField("program", side.program());
          json.writeNumberField("rankByProgram", side.rankByProgram());
          json.writeNumberField("lastAdmittedRank", side.lastAdmittedRank());
          json.writeNumberField("positions", side.positions());
        }
        json.writeStringField("outcome", side.outcome().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}

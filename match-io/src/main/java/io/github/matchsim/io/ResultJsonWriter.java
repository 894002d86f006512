package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.matchsim.matching.Assignment;
import io.github.matchsim.stability.BlockingCoalition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes a result in the JSON format {@code result/1}, so that {@link ResultJsonReader} reads back an equal document. */
public final class ResultJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJsonWriter() {}

  /** Writes the document to the stream (UTF-8) and flushes it, leaving it open. */
  public static void write(ResultDocument result, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", ResultJsonReader.FORMAT);
      json.writeStringField("algorithm", result.algorithm());
      json.writeStringField("status", result.status().name());
      json.writeArrayFieldStart("assignments");
      for (Assignment a : result.assignments()) {
        json.writeStartObject();
        json.writeStringField("applicant", a.applicant());
        json.writeStringField("program", a.program());
        json.writeNumberField("rank", a.rank());
        if (a.pgy1Program() != null) {
          json.writeStringField("pgy1Program", a.pgy1Program());
          json.writeNumberField("pgy1Rank", a.pgy1Rank());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unmatched");
      for (String id : result.unmatched()) {
        json.writeString(id);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("programs");
      for (ResultDocument.ProgramOutcome p : result.programs()) {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        json.writeNumberField("positions", p.positions());
        json.writeNumberField("filled", p.filled());
        json.writeNumberField("revertedIn", p.revertedIn());
        json.writeNumberField("revertedOut", p.revertedOut());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("blocking");
      for (BlockingCoalition b : result.blocking()) {
        json.writeStartObject();
        json.writeStringField("kind", b.kind().name());
        json.writeArrayFieldStart("applicants");
        for (String id : b.applicants()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("programs");
        for (String id : b.programs()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeStringField("description", b.description());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("statistics");
      for (Map.Entry<String, Long> entry : result.statistics().entrySet()) {
        json.writeNumberField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    out.flush();
  }
}

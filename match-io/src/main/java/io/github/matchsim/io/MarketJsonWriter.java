package io.github.matchsim.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.Reversion;
import io.github.matchsim.market.SupplementalList;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a market in the JSON format {@code market/1}, streaming, so that {@link
 * MarketJsonReader} reads back an equal market. Optional fields are left out when empty.
 */
public final class MarketJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private MarketJsonWriter() {}

  /** Writes the market to the stream (UTF-8) and flushes it, leaving it open. */
  public static void write(Market market, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", MarketJsonReader.FORMAT);
      json.writeArrayFieldStart("programs");
      for (Program program : market.programs()) {
        program(json, program);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("applicants");
      for (Applicant applicant : market.applicants()) {
        applicant(json, applicant);
      }
      json.writeEndArray();
      if (!market.couples().isEmpty()) {
        json.writeArrayFieldStart("couples");
        for (Couple couple : market.couples()) {
          couple(json, couple);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    out.flush();
  }

  private static void program(JsonGenerator json, Program program) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", program.id());
    json.writeStringField("type", program.type().externalName());
    json.writeNumberField("positions", program.positions());
    strings(json, "rankOrderList", program.rankOrderList());
    if (!program.reversions().isEmpty()) {
      json.writeArrayFieldStart("reversions");
      for (Reversion reversion : program.reversions()) {
        json.writeStartObject();
        json.writeStringField("to", reversion.to());
        json.writeNumberField("positions", reversion.positions());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void applicant(JsonGenerator json, Applicant applicant) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", applicant.id());
    if (applicant.group() != null) {
      json.writeStringField("group", applicant.group());
    }
    if (!applicant.rankOrderList().isEmpty()) {
      strings(json, "rankOrderList", applicant.rankOrderList());
    }
    if (!applicant.supplementalLists().isEmpty()) {
      json.writeArrayFieldStart("supplementalLists");
      for (SupplementalList list : applicant.supplementalLists()) {
        json.writeStartObject();
        strings(json, "linkedTo", list.linkedTo());
        strings(json, "rankOrderList", list.rankOrderList());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void couple(JsonGenerator json, Couple couple) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", couple.id());
    strings(json, "members", List.of(couple.member1(), couple.member2()));
    json.writeArrayFieldStart("rankOrderList");
    for (ProgramPair pair : couple.rankOrderList()) {
      json.writeStartArray();
      json.writeString(pair.first());
      json.writeString(pair.second());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}

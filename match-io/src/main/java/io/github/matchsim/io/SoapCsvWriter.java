package io.github.matchsim.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.matchsim.algorithm.SoapResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes what SOAP did as one CSV file: a row per offer, in the order offers were answered, with
 * columns {@code round,program,applicant,accepted} (accepted is {@code true} or {@code false});
 * the accepted rows are the placements.
 */
public final class SoapCsvWriter {
  /** The header row. */
  public static final String[] HEADER = {"round", "program", "applicant", "accepted"};

  private SoapCsvWriter() {}

  /** Writes the offers to the stream (UTF-8) and flushes it, leaving it open. */
  public static void write(SoapResult result, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().build(writer);
    csv.writeRecord(HEADER);
    for (SoapResult.Offer offer : result.offers()) {
      csv.writeRecord(Integer.toString(offer.round()), offer.program(), offer.applicant(), Boolean.toString(offer.accepted()));
    }
    csv.flush();
    writer.flush();
  }
}

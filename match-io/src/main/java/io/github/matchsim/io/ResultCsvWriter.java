package io.github.matchsim.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.engine.IntMatching;
import io.github.matchsim.matching.Matching;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a matching as one CSV file for spreadsheets: a row per applicant, in market order, with
 * columns {@code applicant,group,program,rank,pgy1_program,pgy1_rank}; the program columns are
 * empty for an unmatched applicant. (docs/formats.md defines CSV for markets only; this layout is
 * proposed for results.)
 */
public final class ResultCsvWriter {
  /** The header row. */
  public static final String[] HEADER = {"applicant", "group", "program", "rank", "pgy1_program", "pgy1_rank"};

  private ResultCsvWriter() {}

  /** Writes the matching to the stream (UTF-8) and flushes it, leaving it open. */
  public static void write(Matching view, OutputStream out) throws IOException {
    IntMatching matching = IntMatching.of(view);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().build(writer);
    csv.writeRecord(HEADER);
    IntMarket market = matching.market();
    for (int a = 0; a < market.applicantCount(); a++) {
      String group = market.groupLabel(a);
      boolean matched = matching.isMatched(a);
      boolean pgy1 = matching.pgy1ProgramOf(a) >= 0;
      csv.writeRecord(market.applicantId(a), group == null ? "" : group,
          matched ? market.programId(matching.programOf(a)) : "",
          matched ? Integer.toString(matching.rankOf(a)) : "",
          pgy1 ? market.programId(matching.pgy1ProgramOf(a)) : "",
          pgy1 ? Integer.toString(matching.pgy1RankOf(a)) : "");
    }
    csv.flush();
    writer.flush();
  }
}

package io.github.matchsim.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.matchsim.market.Applicant;
import io.github.matchsim.market.Couple;
import io.github.matchsim.market.Market;
import io.github.matchsim.market.Program;
import io.github.matchsim.market.ProgramPair;
import io.github.matchsim.market.SupplementalList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a market in the CSV folder layout of {@code docs/formats.md}, so that {@link MarketCsvReader}
 * reads back an equal market. The optional files are written only when the market has couples,
 * supplemental lists or reversions. The layout separates the advanced programs a supplemental list
 * is linked to by {@code ;} in one cell, and the reader trims them: an advanced program linked to
 * whose id holds a {@code ;} or starts or ends with white space cannot be written, and is refused
 * before anything is.
 */
public final class MarketCsvWriter {
  /** Every file of the layout, required and optional: what writing a market into a folder may replace or remove. */
  public static final List<String> FILES = List.of(MarketCsvReader.PROGRAMS, MarketCsvReader.PROGRAM_RANKINGS,
      MarketCsvReader.APPLICANTS, MarketCsvReader.APPLICANT_RANKINGS, MarketCsvReader.COUPLE_RANKINGS,
      MarketCsvReader.SUPPLEMENTAL_RANKINGS, MarketCsvReader.REVERSIONS);

  private MarketCsvWriter() {}

  /**
   * Writes the market's files into {@code folder}, creating it if needed and replacing the files.
   *
   * @throws IllegalArgumentException if the layout cannot hold the market (see above); nothing is
   *     written then
   */
  public static void write(Market market, Path folder) throws IOException {
    for (Applicant applicant : market.applicants()) {
      for (SupplementalList list : applicant.supplementalLists()) {
        for (String linked : list.linkedTo()) {
          if (linked.contains(";") || !linked.equals(linked.strip())) {
            throw new IllegalArgumentException("the CSV folder layout cannot hold this market: applicant \""
                + applicant.id() + "\" has a supplemental list linked to program \"" + linked + "\", whose id "
                + (linked.contains(";") ? "holds a ';', which separates linked programs" : "starts or ends with white space,"
                + " which the reader trims"));
          }
        }
      }
    }
    Files.createDirectories(folder);
    try (CsvWriter programs = open(folder, MarketCsvReader.PROGRAMS);
        CsvWriter rankings = open(folder, MarketCsvReader.PROGRAM_RANKINGS)) {
      for (Program program : market.programs()) {
        programs.writeRecord(program.id(), program.type().externalName(), Integer.toString(program.positions()));
        List<String> list = program.rankOrderList();
        for (int k = 0; k < list.size(); k++) {
          rankings.writeRecord(program.id(), Integer.toString(k + 1), list.get(k));
        }
      }
    }
    try (CsvWriter applicants = open(folder, MarketCsvReader.APPLICANTS);
        CsvWriter rankings = open(folder, MarketCsvReader.APPLICANT_RANKINGS)) {
      for (Applicant applicant : market.applicants()) {
        applicants.writeRecord(applicant.id(), applicant.group() == null ? "" : applicant.group());
        List<String> list = applicant.rankOrderList();
        for (int k = 0; k < list.size(); k++) {
          rankings.writeRecord(applicant.id(), Integer.toString(k + 1), list.get(k));
        }
      }
    }
    deleteOptional(folder);
    if (!market.couples().isEmpty()) {
      try (CsvWriter couples = open(folder, MarketCsvReader.COUPLE_RANKINGS)) {
        for (Couple couple : market.couples()) {
          List<ProgramPair> pairs = couple.rankOrderList();
          for (int k = 0; k < pairs.size(); k++) {
            couples.writeRecord(couple.id(), couple.member1(), couple.member2(), Integer.toString(k + 1),
                orEmpty(pairs.get(k).first()), orEmpty(pairs.get(k).second()));
          }
        }
      }
    }
    if (market.applicants().stream().anyMatch(a -> !a.supplementalLists().isEmpty())) {
      try (CsvWriter lists = open(folder, MarketCsvReader.SUPPLEMENTAL_RANKINGS)) {
        for (Applicant applicant : market.applicants()) {
          for (int s = 0; s < applicant.supplementalLists().size(); s++) {
            SupplementalList list = applicant.supplementalLists().get(s);
            for (int k = 0; k < list.rankOrderList().size(); k++) {
              lists.writeRecord(applicant.id(), Integer.toString(s + 1), String.join(";", list.linkedTo()),
                  Integer.toString(k + 1), list.rankOrderList().get(k));
            }
          }
        }
      }
    }
    if (market.programs().stream().anyMatch(p -> !p.reversions().isEmpty())) {
      try (CsvWriter reversions = open(folder, MarketCsvReader.REVERSIONS)) {
        for (Program program : market.programs()) {
          for (int k = 0; k < program.reversions().size(); k++) {
            reversions.writeRecord(program.id(), Integer.toString(k + 1), program.reversions().get(k).to(),
                Integer.toString(program.reversions().get(k).positions()));
          }
        }
      }
    }
  }

  private static CsvWriter open(Path folder, String file) throws IOException {
    CsvWriter writer = CsvWriter.builder().build(folder.resolve(file));
    writer.writeRecord(MarketCsvReader.HEADERS.get(file));
    return writer;
  }

  private static void deleteOptional(Path folder) throws IOException {
    for (String file : List.of(MarketCsvReader.COUPLE_RANKINGS, MarketCsvReader.SUPPLEMENTAL_RANKINGS,
        MarketCsvReader.REVERSIONS)) {
      Files.deleteIfExists(folder.resolve(file));
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

package io.github.matchsim.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a market from the CSV folder layout of {@code docs/formats.md}: {@code programs.csv}, {@code
 * program_rankings.csv}, {@code applicants.csv}, {@code applicant_rankings.csv}, and optionally
 * {@code couple_rankings.csv}, {@code supplemental_rankings.csv} and {@code reversions.csv}.
 *
 * <p>Headers are required; ranks are 1-based and contiguous per list. Every problem names the file
 * and line. Problems of the rows are collected over all files first; when there are none, the
 * market's own rules are checked and each problem they find is traced back to the file and line
 * of the row that caused it.
 */
public final class MarketCsvReader {
  static final String PROGRAMS = "programs.csv";
  static final String PROGRAM_RANKINGS = "program_rankings.csv";
  static final String APPLICANTS = "applicants.csv";
  static final String APPLICANT_RANKINGS = "applicant_rankings.csv";
  static final String COUPLE_RANKINGS = "couple_rankings.csv";
  static final String SUPPLEMENTAL_RANKINGS = "supplemental_rankings.csv";
  static final String REVERSIONS = "reversions.csv";

  static final Map<String, List<String>> HEADERS = Map.of(
      PROGRAMS, List.of("program", "type", "positions"),
      PROGRAM_RANKINGS, List.of("program", "rank", "applicant"),
      APPLICANTS, List.of("applicant", "group"),
      APPLICANT_RANKINGS, List.of("applicant", "rank", "program"),
      COUPLE_RANKINGS, List.of("couple", "member1", "member2", "rank", "program1", "program2"),
      SUPPLEMENTAL_RANKINGS, List.of("applicant", "list", "linked_advanced_programs", "rank", "program"),
      REVERSIONS, List.of("donor", "order", "receiver", "positions"));

  private final Path folder;
  private final List<FileProblem> problems = new ArrayList<>();

  /** A list being assembled from rows: entry by 1-based rank, with the line each came from. */
  private static final class Ranked<T> {
    final TreeMap<Integer, T> entries = new TreeMap<>();
    final TreeMap<Integer, Long> lines = new TreeMap<>();
  }

  private record ProgramRow(String id, ProgramType type, int positions, long line) {}

  private record ApplicantRow(String id, String group, long line) {}

  private static final class CoupleRows {
    String member1;
    String member2;
    long line;
    final Ranked<ProgramPair> pairs = new Ranked<>();
  }

  private static final class SupplementalRows {
    String applicant;
    String linked;
    final Ranked<String> programs = new Ranked<>();
  }

  private final IdPool ids = new IdPool();
  private final Map<String, ProgramRow> programs = new LinkedHashMap<>();
  private final Map<String, ApplicantRow> applicants = new LinkedHashMap<>();
  private final Map<String, Ranked<String>> programRankings = new LinkedHashMap<>();
  private final Map<String, Ranked<String>> applicantRankings = new LinkedHashMap<>();
  private final Map<String, CoupleRows> couples = new LinkedHashMap<>();
  private final Map<String, SupplementalRows> supplementalLists = new LinkedHashMap<>();
  private final Map<String, Ranked<Reversion>> reversions = new LinkedHashMap<>();

  private MarketCsvReader(Path folder) {
    this.folder = folder;
  }

  /**
   * Reads the market in a folder: straight into the compiled form's tables when it is the common
   * case ({@link CsvTablesReader}), otherwise row by row with FastCSV, every problem with its file
   * and line.
   */
  public static Market read(Path folder) throws IOException, InvalidFileException {
    Market market = TwoWays.market(CsvTablesReader.read(folder));
    return market != null ? market : carefully(folder);
  }

  /** The careful reader: FastCSV, row by row. */
  static Market carefully(Path folder) throws IOException, InvalidFileException {
    return new MarketCsvReader(folder).market();
  }

  private Market market() throws IOException, InvalidFileException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder of CSV files");
    }
    read(PROGRAMS, true, this::program);
    read(APPLICANTS, true, this::applicant);
    read(PROGRAM_RANKINGS, true, row -> rank(PROGRAM_RANKINGS, row, programs, programRankings, ids.canonical(row.getField(2))));
    read(APPLICANT_RANKINGS, true, row -> rank(APPLICANT_RANKINGS, row, applicants, applicantRankings, ids.canonical(row.getField(2))));
    read(COUPLE_RANKINGS, false, this::coupleRow);
    read(SUPPLEMENTAL_RANKINGS, false, this::supplementalRow);
    read(REVERSIONS, false, this::reversionRow);
    programRankings.forEach((id, list) -> contiguous(PROGRAM_RANKINGS, "program " + quote(id), list));
    applicantRankings.forEach((id, list) -> contiguous(APPLICANT_RANKINGS, "applicant " + quote(id), list));
    couples.forEach((id, rows) -> contiguous(COUPLE_RANKINGS, "couple " + quote(id), rows.pairs));
    supplementalLists.forEach((key, rows) -> contiguous(SUPPLEMENTAL_RANKINGS, "list " + key, rows.programs));
    reversions.forEach((id, list) -> contiguous(REVERSIONS, "donor " + quote(id), list));
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    Market market;
    try {
      market = build();
    } catch (InvalidMarketException e) {
      for (MarketProblem problem : e.problems()) {
        problems.add(trace(problem));
      }
      throw new InvalidFileException(problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return market;
  }

  // ---- rows ----

  private void read(String file, boolean required, Consumer<CsvRecord> row) throws IOException {
    Path path = folder.resolve(file);
    if (!Files.exists(path)) {
      if (required) {
        problems.add(new FileProblem(path.toString(), "-", "missing: the CSV folder layout needs " + file));
      }
      return;
    }
    List<String> header = HEADERS.get(file);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(strictUtf8(path))) {
      boolean first = true;
      for (CsvRecord record : reader) {
        if (first) {
          first = false;
          List<String> found = record.getFields().stream().map(String::strip).toList();
          if (!found.equals(header)) {
            problem(file, record.getStartingLineNumber(), "the header must be " + String.join(",", header)
                + ", not " + String.join(",", found));
            return;
          }
          continue;
        }
        if (record.getFieldCount() != header.size()) {
          problem(file, record.getStartingLineNumber(), "expected " + header.size() + " fields ("
              + String.join(",", header) + "), found " + record.getFieldCount());
          continue;
        }
        row.accept(record);
      }
      if (first) {
        problem(file, 1, "the file is empty; the header must be " + String.join(",", header));
      }
    } catch (StrictUtf8InputStream.MalformedUtf8Exception bad) {
      problems.add(new FileProblem(path.toString(), bad.place(), bad.getMessage()));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof StrictUtf8InputStream.MalformedUtf8Exception bad) {
        problems.add(new FileProblem(path.toString(), bad.place(), bad.getMessage()));
      } else {
        problem(file, 0, "malformed CSV: " + e.getCause().getMessage());
      }
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      // FastCSV says where the record started ("... in line 16") and why in its cause.
      Matcher where = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
      Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
      problem(file, where.find() ? Long.parseLong(where.group(1)) : 1, "malformed CSV: " + cause.getMessage());
    }
  }

  /** The file's text, refusing ill-formed UTF-8 where it is, without a UTF-8 byte-order mark. */
  private static Reader strictUtf8(Path path) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        new StrictUtf8InputStream(Files.newInputStream(path)), StandardCharsets.UTF_8));
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private void program(CsvRecord row) {
    long line = row.getStartingLineNumber();
    String id = ids.canonical(row.getField(0));
    ProgramType type = ProgramType.CATEGORICAL;
    if (!row.getField(1).isEmpty()) {
      try {
        type = ProgramType.fromExternalName(row.getField(1));
      } catch (IllegalArgumentException e) {
        problem(PROGRAMS, line, e.getMessage());
      }
    }
    Integer positions = integer(PROGRAMS, line, "positions", row.getField(2));
    ProgramRow previous = programs.putIfAbsent(id, new ProgramRow(id, type, positions == null ? 0 : positions, line));
    if (previous != null) {
      problem(PROGRAMS, line, "duplicate program " + quote(id) + " (also line " + previous.line() + ")");
    }
  }

  private void applicant(CsvRecord row) {
    long line = row.getStartingLineNumber();
    String id = ids.canonical(row.getField(0));
    String group = row.getField(1).isEmpty() ? null : row.getField(1);
    ApplicantRow previous = applicants.putIfAbsent(id, new ApplicantRow(id, group, line));
    if (previous != null) {
      problem(APPLICANTS, line, "duplicate applicant " + quote(id) + " (also line " + previous.line() + ")");
    }
  }

  private void rank(String file, CsvRecord row, Map<String, ?> owners, Map<String, Ranked<String>> lists, String entry) {
    long line = row.getStartingLineNumber();
    String owner = row.getField(0);
    if (!owners.containsKey(owner)) {
      problem(file, line, "unknown " + (owners == programs ? "program " : "applicant ") + quote(owner)
          + " (not in " + (owners == programs ? PROGRAMS : APPLICANTS) + ")");
      return;
    }
    Integer rank = integer(file, line, "rank", row.getField(1));
    if (rank != null) {
      put(file, line, lists.computeIfAbsent(owner, k -> new Ranked<>()), rank, entry);
    }
  }

  private void coupleRow(CsvRecord row) {
    long line = row.getStartingLineNumber();
    CoupleRows rows = couples.computeIfAbsent(row.getField(0), k -> new CoupleRows());
    if (rows.member1 == null) {
      rows.member1 = row.getField(1);
      rows.member2 = row.getField(2);
      rows.line = line;
    } else if (!rows.member1.equals(row.getField(1)) || !rows.member2.equals(row.getField(2))) {
      problem(COUPLE_RANKINGS, line, "couple " + quote(row.getField(0)) + " has members " + rows.member1 + " and "
          + rows.member2 + " on line " + rows.line + ", not " + row.getField(1) + " and " + row.getField(2));
    }
    Integer rank = integer(COUPLE_RANKINGS, line, "rank", row.getField(3));
    if (rank != null) {
      put(COUPLE_RANKINGS, line, rows.pairs, rank, new ProgramPair(emptyToNull(ids.canonical(row.getField(4))),
          emptyToNull(ids.canonical(row.getField(5)))));
    }
  }

  private void supplementalRow(CsvRecord row) {
    long line = row.getStartingLineNumber();
    String key = quote(row.getField(0)) + " " + quote(row.getField(1));
    SupplementalRows rows = supplementalLists.computeIfAbsent(key, k -> new SupplementalRows());
    if (rows.applicant == null) {
      rows.applicant = row.getField(0);
      rows.linked = row.getField(2);
    } else if (!rows.linked.equals(row.getField(2))) {
      problem(SUPPLEMENTAL_RANKINGS, line, "list " + key + " is linked to " + quote(rows.linked)
          + " on an earlier line, not " + quote(row.getField(2)));
    }
    Integer rank = integer(SUPPLEMENTAL_RANKINGS, line, "rank", row.getField(3));
    if (rank != null) {
      put(SUPPLEMENTAL_RANKINGS, line, rows.programs, rank, ids.canonical(row.getField(4)));
    }
  }

  private void reversionRow(CsvRecord row) {
    long line = row.getStartingLineNumber();
    Integer order = integer(REVERSIONS, line, "order", row.getField(1));
    Integer positions = integer(REVERSIONS, line, "positions", row.getField(3));
    if (!programs.containsKey(row.getField(0))) {
      problem(REVERSIONS, line, "unknown donor program " + quote(row.getField(0)) + " (not in " + PROGRAMS + ")");
    } else if (order != null && positions != null) {
      put(REVERSIONS, line, reversions.computeIfAbsent(row.getField(0), k -> new Ranked<>()), order,
          new Reversion(row.getField(2), positions));
    }
  }

  private <T> void put(String file, long line, Ranked<T> list, int rank, T entry) {
    if (rank < 1) {
      problem(file, line, "ranks start at 1, not " + rank);
      return;
    }
    Long previous = list.lines.putIfAbsent(rank, line);
    if (previous != null) {
      problem(file, line, "rank " + rank + " appears twice (also line " + previous + ")");
      return;
    }
    list.entries.put(rank, entry);
  }

  private void contiguous(String file, String owner, Ranked<?> list) {
    int expected = 1;
    for (Map.Entry<Integer, Long> entry : list.lines.entrySet()) {
      if (entry.getKey() != expected) {
        problem(file, entry.getValue(), "ranks of " + owner + " must be contiguous from 1: rank " + expected
            + " is missing before rank " + entry.getKey());
        return;
      }
      expected++;
    }
  }

  private Integer integer(String file, long line, String column, String text) {
    try {
      Integer value = Numbers.parseInt(text.strip());
      if (value == null) {
        problem(file, line, column + " must be a whole number, not " + quote(text));
      }
      return value;
    } catch (ArithmeticException e) {
      problem(file, line, column + " " + e.getMessage());
      return null;
    }
  }

  // ---- the market, and tracing its problems back to rows ----

  private final List<String> programOrder = new ArrayList<>();
  private final List<String> applicantOrder = new ArrayList<>();
  private final List<String> coupleOrder = new ArrayList<>();
  /** Per applicant in order, the keys of its supplemental lists in order. */
  private final Map<String, List<String>> supplementalOf = new LinkedHashMap<>();

  private Market build() {
    List<Program> programList = new ArrayList<>();
    for (ProgramRow row : programs.values()) {
      programOrder.add(row.id());
      programList.add(new Program(row.id(), row.type(), row.positions(),
          values(programRankings.get(row.id())), values(reversions.get(row.id()))));
    }
    supplementalLists.forEach((key, rows) -> supplementalOf.computeIfAbsent(rows.applicant, k -> new ArrayList<>()).add(key));
    List<Applicant> applicantList = new ArrayList<>();
    for (ApplicantRow row : applicants.values()) {
      applicantOrder.add(row.id());
      List<SupplementalList> lists = new ArrayList<>();
      for (String key : supplementalOf.getOrDefault(row.id(), List.of())) {
        SupplementalRows rows = supplementalLists.get(key);
        List<String> linked = rows.linked.isEmpty() ? List.of() : Arrays.stream(rows.linked.split(";")).map(String::strip).toList();
        lists.add(new SupplementalList(linked, values(rows.programs)));
      }
      applicantList.add(new Applicant(row.id(), row.group(), values(applicantRankings.get(row.id())), lists));
    }
    for (String key : supplementalOf.keySet()) {
      if (!applicants.containsKey(key)) {
        problems.add(new FileProblem(folder.resolve(SUPPLEMENTAL_RANKINGS).toString(),
            "line " + supplementalLists.get(supplementalOf.get(key).get(0)).programs.lines.firstEntry().getValue(),
            "unknown applicant " + quote(key) + " (not in " + APPLICANTS + ")"));
      }
    }
    List<Couple> coupleList = new ArrayList<>();
    couples.forEach((id, rows) -> {
      coupleOrder.add(id);
      coupleList.add(new Couple(id, rows.member1, rows.member2, values(rows.pairs)));
    });
    return new Market(programList, applicantList, coupleList);
  }

  private static <T> List<T> values(Ranked<T> list) {
    return list == null ? List.of() : new ArrayList<>(list.entries.values());
  }

  private static final Pattern PATH = Pattern.compile(
      "(programs|applicants|couples)\\[(\\d+)]((?:\\.supplementalLists\\[(\\d+)])?)(?:\\.(rankOrderList|reversions|linkedTo|members|positions|id)(?:\\[(\\d+)])?)?.*");

  /** The file and line of the row behind a market problem, as far as it can be told. */
  private FileProblem trace(MarketProblem problem) {
    Matcher m = PATH.matcher(problem.path());
    String file = PROGRAMS;
    long line = 0;
    if (m.matches()) {
      int index = Integer.parseInt(m.group(2));
      String part = m.group(5);
      Integer entry = m.group(6) == null ? null : Integer.parseInt(m.group(6));
      switch (m.group(1)) {
        case "programs" -> {
          String id = programOrder.get(index);
          if ("rankOrderList".equals(part)) {
            file = PROGRAM_RANKINGS;
            line = lineOf(programRankings.get(id), entry);
          } else if ("reversions".equals(part)) {
            file = REVERSIONS;
            line = lineOf(reversions.get(id), entry);
          } else {
            line = programs.get(id).line();
          }
        }
        case "applicants" -> {
          String id = applicantOrder.get(index);
          if (m.group(4) != null) {
            file = SUPPLEMENTAL_RANKINGS;
            SupplementalRows rows = supplementalLists.get(supplementalOf.get(id).get(Integer.parseInt(m.group(4))));
            line = lineOf(rows.programs, "rankOrderList".equals(part) ? entry : null);
          } else if ("rankOrderList".equals(part)) {
            file = APPLICANT_RANKINGS;
            line = lineOf(applicantRankings.get(id), entry);
          } else {
            file = APPLICANTS;
            line = applicants.get(id).line();
          }
        }
        default -> {
          file = COUPLE_RANKINGS;
          CoupleRows rows = couples.get(coupleOrder.get(index));
          line = "rankOrderList".equals(part) ? lineOf(rows.pairs, entry) : rows.line;
        }
      }
    }
    return new FileProblem(folder.resolve(file).toString(), line > 0 ? "line " + line : "-", problem.message());
  }

  private static long lineOf(Ranked<?> list, Integer entry) {
    if (list == null || list.lines.isEmpty()) {
      return 0;
    }
    if (entry == null) {
      return list.lines.firstEntry().getValue();
    }
    return list.lines.values().stream().skip(entry).findFirst().orElse(0L);
  }

  private void problem(String file, long line, String message) {
    problems.add(new FileProblem(folder.resolve(file).toString(), line > 0 ? "line " + line : "-", message));
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static String quote(String value) {
    return "\"" + Objects.requireNonNullElse(value, "") + "\"";
  }
}

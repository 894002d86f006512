package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The quick way through a CSV folder: each file's bytes straight into {@link MarketTables}, each id
 * interned once ({@link AsciiIds}). It takes the common case, as {@code match convert} writes it:
 * ASCII files without quotes or blank lines, the exact headers, every list's rows together and in
 * rank order from 1, and no supplemental lists or reversions. For anything else it answers null,
 * and {@link MarketCsvReader} reads the folder with FastCSV, which says what is wrong and where;
 * both give equal markets.
 */
final class CsvTablesReader {
  private final Path folder;
  private final AsciiIds programNames = new AsciiIds();
  private final AsciiIds applicantNames = new AsciiIds();
  private final AsciiIds coupleNames = new AsciiIds();
  private final AsciiIds groupNames = new AsciiIds();
  private final IntList positions = new IntList();
  private final IntList types = new IntList();
  private final IntList groups = new IntList();
  private boolean anyGroup;

  /** The current file's bytes, and the current row's fields. */
  private byte[] text;
  private int[] fieldFrom = new int[8];
  private int[] fieldTo = new int[8];

  private static final ProgramType[] TYPES = ProgramType.values();

  private CsvTablesReader(Path folder) {
    this.folder = folder;
  }

  /** The tables of the market in {@code folder}, or null when the careful reader must read it. */
  static MarketTables read(Path folder) throws IOException {
    if (Files.exists(folder.resolve(MarketCsvReader.SUPPLEMENTAL_RANKINGS))
        || Files.exists(folder.resolve(MarketCsvReader.REVERSIONS))) {
      return null;
    }
    return new CsvTablesReader(folder).tables();
  }

  private MarketTables tables() throws IOException {
    if (!definitions(MarketCsvReader.PROGRAMS, true) || !definitions(MarketCsvReader.APPLICANTS, false)) {
      return null;
    }
    int programs = programNames.size();
    int applicants = applicantNames.size();
    Lists programLists = lists(MarketCsvReader.PROGRAM_RANKINGS, programNames, programs, applicantNames);
    Lists applicantLists = programLists == null ? null
        : lists(MarketCsvReader.APPLICANT_RANKINGS, applicantNames, applicants, programNames);
    if (applicantLists == null) {
      return null;
    }
    Couples couples = couples();
    if (couples == null || programNames.size() != programs || applicantNames.size() != applicants) {
      return null; // a list names a program or an applicant that its file does not define
    }
    String[] programIds = new String[programs];
    ProgramType[] programTypes = new ProgramType[programs];
    for (int p = 0; p < programs; p++) {
      programIds[p] = programNames.string(p);
      programTypes[p] = TYPES[types.get(p)];
    }
    String[] applicantIds = new String[applicants];
    String[] groupOf = anyGroup ? new String[applicants] : null;
    for (int a = 0; a < applicants; a++) {
      applicantIds[a] = applicantNames.string(a);
      if (groupOf != null && groups.get(a) >= 0) {
        groupOf[a] = groupNames.string(groups.get(a));
      }
    }
    String[] coupleIds = new String[coupleNames.size()];
    for (int c = 0; c < coupleIds.length; c++) {
      coupleIds[c] = coupleNames.string(c);
    }
    return MarketTables.builder()
        .programs(programs, programIds, programTypes, positions.toArray(), programLists.start, programLists.entries)
        .applicants(applicants, applicantIds, groupOf, applicantLists.start, applicantLists.entries)
        .couples(coupleIds, couples.members.toArray(), couples.pairStart.toArray(), couples.pairs.toArray())
        .build();
  }

  /** programs.csv or applicants.csv: ids numbered in row order, each once. */
  private boolean definitions(String file, boolean programs) throws IOException {
    AsciiIds names = programs ? programNames : applicantNames;
    int rows = open(file);
    for (int row = 0, at = firstRow; row < rows; row++) {
      at = row(at);
      if (at == -2 || names.intern(text, fieldFrom[0], fieldTo[0]) != names.size() - 1 || names.size() != row + 1) {
        return false; // a malformed row, or an id twice
      }
      if (programs) {
        int type = programType();
        int count = wholeNumber(2);
        if (type < 0 || count < 0) {
          return false;
        }
        types.add(type);
        positions.add(count);
      } else if (fieldTo[1] > fieldFrom[1]) {
        groups.add(groupNames.intern(text, fieldFrom[1], fieldTo[1]));
        anyGroup = true;
      } else {
        groups.add(-1);
      }
    }
    return rows >= 0;
  }

  private int programType() {
    int length = fieldTo[1] - fieldFrom[1];
    if (length == 0) {
      return ProgramType.CATEGORICAL.ordinal();
    }
    String name = new String(text, fieldFrom[1], length, java.nio.charset.StandardCharsets.US_ASCII);
    for (ProgramType type : TYPES) {
      if (type.externalName().equals(name)) {
        return type.ordinal();
      }
    }
    return -1;
  }

  /** Lists in CSR form over the owners' numbers. */
  private record Lists(int[] start, int[] entries) {}

  /**
   * program_rankings.csv or applicant_rankings.csv: per owner (defined before) one block of rows
   * with ranks 1, 2, 3...; null otherwise.
   */
  private Lists lists(String file, AsciiIds owners, int ownerCount, AsciiIds entries) throws IOException {
    int rows = open(file);
    if (rows < 0) {
      return null;
    }
    int[] from = new int[ownerCount];
    int[] to = new int[ownerCount];
    Arrays.fill(from, -1);
    IntList names = new IntList();
    int owner = -1;
    int[] entryFrom = new int[256];
    int[] entryTo = new int[256];
    int batch = 0;
    for (int row = 0, at = firstRow; row < rows; row++) {
      at = row(at);
      if (at == -2) {
        return null;
      }
      int o = owners.intern(text, fieldFrom[0], fieldTo[0]);
      if (o >= ownerCount) {
        return null; // an owner its file does not define
      }
      if (o != owner) {
        if (from[o] >= 0) {
          return null; // the owner's rows are not together
        }
        entries.internAll(text, entryFrom, entryTo, 0, batch, names);
        batch = 0;
        if (owner >= 0) {
          to[owner] = names.size;
        }
        owner = o;
        from[o] = names.size;
      }
      if (wholeNumber(1) != names.size + batch - from[o] + 1) {
        return null; // ranks not 1, 2, 3... in row order
      }
      if (batch == entryFrom.length) {
        entries.internAll(text, entryFrom, entryTo, 0, batch, names);
        batch = 0;
      }
      entryFrom[batch] = fieldFrom[2];
      entryTo[batch++] = fieldTo[2];
    }
    entries.internAll(text, entryFrom, entryTo, 0, batch, names);
    if (owner >= 0) {
      to[owner] = names.size;
    }
    int[] all = names.toArray();
    int[] start = new int[ownerCount + 1];
    for (int o = 0; o < ownerCount; o++) {
      start[o + 1] = start[o] + (from[o] < 0 ? 0 : to[o] - from[o]);
    }
    int[] list = new int[all.length];
    for (int o = 0; o < ownerCount; o++) {
      if (from[o] >= 0) {
        System.arraycopy(all, from[o], list, start[o], to[o] - from[o]);
      }
    }
    return new Lists(start, list);
  }

  /** Couples and their pairs, from couple_rankings.csv when it exists. */
  private static final class Couples {
    final IntList members = new IntList();
    final IntList pairStart = new IntList();
    final IntList pairs = new IntList();
  }

  private Couples couples() throws IOException {
    Couples couples = new Couples();
    couples.pairStart.add(0);
    if (!Files.exists(folder.resolve(MarketCsvReader.COUPLE_RANKINGS))) {
      return couples;
    }
    int rows = open(MarketCsvReader.COUPLE_RANKINGS);
    if (rows < 0) {
      return null;
    }
    int couple = -1;
    int rank = 0;
    for (int row = 0, at = firstRow; row < rows; row++) {
      at = row(at);
      if (at == -2) {
        return null;
      }
      int c = coupleNames.intern(text, fieldFrom[0], fieldTo[0]);
      int first = applicantNames.intern(text, fieldFrom[1], fieldTo[1]);
      int second = applicantNames.intern(text, fieldFrom[2], fieldTo[2]);
      if (c != couple) {
        if (c != couple + 1) {
          return null; // a couple's rows are not together
        }
        if (couple >= 0) {
          couples.pairStart.add(couples.pairs.size / 2);
        }
        couple = c;
        rank = 0;
        couples.members.add(first);
        couples.members.add(second);
      } else if (couples.members.get(2 * c) != first || couples.members.get(2 * c + 1) != second) {
        return null; // other members on a later row
      }
      if (wholeNumber(3) != ++rank) {
        return null;
      }
      for (int side = 4; side <= 5; side++) {
        couples.pairs.add(fieldTo[side] == fieldFrom[side] ? -1 : programNames.intern(text, fieldFrom[side], fieldTo[side]));
      }
    }
    if (couple >= 0) {
      couples.pairStart.add(couples.pairs.size / 2);
    }
    return couples;
  }

  // ---- rows and fields ----

  private int firstRow;
  private int fields;

  /**
   * Reads a file and checks its header: the number of rows after it, or -1 when the quick way
   * cannot take the file (missing, not ASCII, quotes, blank lines, another header).
   */
  private int open(String file) throws IOException {
    Path path = folder.resolve(file);
    if (!Files.isRegularFile(path)) {
      return -1;
    }
    text = Files.readAllBytes(path);
    List<String> header = MarketCsvReader.HEADERS.get(file);
    fields = header.size();
    byte[] expected = String.join(",", header).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int rows = 0;
    for (int i = 0; i < text.length; i++) {
      byte b = text[i];
      if (b < 0 || b == '"' || b == '\r' && (i + 1 == text.length || text[i + 1] != '\n')) {
        return -1;
      }
      if (b == '\n') {
        if (i == 0 || text[i - 1] == '\n' || (text[i - 1] == '\r' && (i == 1 || text[i - 2] == '\n'))) {
          return -1; // a blank line
        }
        rows++;
      }
    }
    if (text.length > 0 && text[text.length - 1] != '\n') {
      rows++;
    }
    int headerEnd = 0;
    while (headerEnd < text.length && text[headerEnd] != '\n' && text[headerEnd] != '\r') {
      headerEnd++;
    }
    if (!Arrays.equals(text, 0, headerEnd, expected, 0, expected.length)) {
      return -1;
    }
    firstRow = headerEnd;
    return rows - 1;
  }

  /**
   * Splits the row after the line end at {@code at} into {@link #fields} fields: the position of
   * its own line end, or -2 when it has another number of fields.
   */
  private int row(int at) {
    int i = at;
    if (i < text.length && text[i] == '\r') {
      i++;
    }
    if (i < text.length && text[i] == '\n') {
      i++;
    }
    int field = 0;
    fieldFrom[0] = i;
    for (; i < text.length; i++) {
      byte b = text[i];
      if (b == '\n' || b == '\r') {
        break;
      }
      if (b == ',') {
        if (++field == fields) {
          return -2;
        }
        fieldTo[field - 1] = i;
        fieldFrom[field] = i + 1;
      }
    }
    if (field != fields - 1) {
      return -2;
    }
    fieldTo[field] = i;
    return i;
  }

  /** Field {@code k} as a whole number of at most nine ASCII digits, or -1. */
  private int wholeNumber(int k) {
    int from = fieldFrom[k];
    int to = fieldTo[k];
    if (to == from || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = 10 * value + digit;
    }
    return value;
  }
}

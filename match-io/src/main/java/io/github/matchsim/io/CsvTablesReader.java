package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The quick way through a CSV folder: each file read in blocks straight into {@link MarketTables},
 * each id interned once ({@link AsciiIds}). It takes the common case, as {@code match convert} writes it:
 * ASCII files without quotes or blank lines, the exact headers, every list's rows together and in
 * rank order from 1, and no supplemental lists or reversions. For anything else it answers null,
 * and {@link MarketCsvReader} reads the folder with FastCSV, which says what is wrong and where;
 * both give equal markets.
 */
final class CsvTablesReader extends BlockReader {
  private final Path folder;
  private final AsciiIds programNames = new AsciiIds();
  private final AsciiIds applicantNames = new AsciiIds();
  private final AsciiIds coupleNames = new AsciiIds();
  private final AsciiIds groupNames = new AsciiIds();
  private final IntList positions = new IntList();
  private final IntList types = new IntList();
  private final IntList groups = new IntList();
  private boolean anyGroup;

  /** The current row's fields. */
  private int[] fieldFrom = new int[8];
  private int[] fieldTo = new int[8];

  private static final ProgramType[] TYPES = ProgramType.values();

  private CsvTablesReader(Path folder, int blockSize) {
    super(blockSize);
    this.folder = folder;
  }

  /** The tables of the market in {@code folder}, or null when the careful reader must read it. */
  static MarketTables read(Path folder) throws IOException {
    return read(folder, 1 << 16);
  }

  /** As {@link #read(Path)}, reading blocks of {@code blockSize} bytes (tests use tiny ones). */
  static MarketTables read(Path folder, int blockSize) throws IOException {
    if (Files.exists(folder.resolve(MarketCsvReader.SUPPLEMENTAL_RANKINGS))
        || Files.exists(folder.resolve(MarketCsvReader.REVERSIONS))) {
      return null;
    }
    CsvTablesReader reader = new CsvTablesReader(folder, blockSize);
    try {
      return reader.tables();
    } finally {
      reader.close();
    }
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
    if (!open(file)) {
      return false;
    }
    for (int row = 0, next = nextRow(); next != 0; row++, next = nextRow()) {
      if (next < 0 || names.intern(text, fieldFrom[0], fieldTo[0]) != row || names.size() != row + 1) {
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
    return true;
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
    if (!open(file)) {
      return null;
    }
    int[] from = new int[ownerCount];
    int[] to = new int[ownerCount];
    Arrays.fill(from, -1);
    IntList names = new IntList();
    Batch batch = new Batch(entries, names);
    beforeMove = batch::flush; // the batch's ids are in the block
    int owner = -1;
    for (int next = nextRow(); next != 0; next = nextRow()) {
      if (next < 0) {
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
        batch.flush();
        if (owner >= 0) {
          to[owner] = names.size;
        }
        owner = o;
        from[o] = names.size;
      }
      if (wholeNumber(1) != names.size + batch.size - from[o] + 1) {
        return null; // ranks not 1, 2, 3... in row order
      }
      batch.add(fieldFrom[2], fieldTo[2]);
    }
    batch.flush();
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

  /** Ids found in the block and not yet interned, interned together ({@link AsciiIds#internAll}). */
  private final class Batch {
    private final AsciiIds names;
    private final IntList into;
    private final int[] from = new int[256];
    private final int[] to = new int[256];
    int size;

    Batch(AsciiIds names, IntList into) {
      this.names = names;
      this.into = into;
    }

    void add(int start, int end) {
      if (size == from.length) {
        flush();
      }
      from[size] = start;
      to[size++] = end;
    }

    void flush() {
      names.internAll(text, from, to, 0, size, into);
      size = 0;
    }
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
    if (!open(MarketCsvReader.COUPLE_RANKINGS)) {
      return null;
    }
    int couple = -1;
    int rank = 0;
    for (int next = nextRow(); next != 0; next = nextRow()) {
      if (next < 0) {
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

  /** The fields of the open file's rows. */
  private int fields;

  /**
   * Opens a file and checks its header: false when the quick way cannot take it (missing, or
   * another header). Rows then come from {@link #nextRow}.
   */
  private boolean open(String file) throws IOException {
    close();
    Path path = folder.resolve(file);
    if (!Files.isRegularFile(path)) {
      return false;
    }
    start(Files.newInputStream(path));
    beforeMove = () -> { };
    List<String> header = MarketCsvReader.HEADERS.get(file);
    byte[] expected = String.join(",", header).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int end = lineEnd();
    if (end < 0 || !Arrays.equals(text, pos, end, expected, 0, expected.length)) {
      return false;
    }
    pos = end;
    fields = header.size();
    return true;
  }

  /**
   * Where the line at {@link #pos} ends (its {@code \r} or {@code \n}, or the end of the file),
   * reading more when it is not whole in the block; -1 when the quick way cannot take it: a byte
   * that is not ASCII, a quote, a lone {@code \r}, or a blank line.
   */
  private int lineEnd() throws IOException {
    int scanned = 0; // bytes after pos known to belong to the line: positions move with the block
    while (true) {
      for (int i = pos + scanned; i < limit; i++) {
        byte b = text[i];
        if (b == '\n' || b == '\r') {
          if (b == '\r') {
            int at = i - pos;
            if (i + 1 == limit && !more()) {
              return -1; // a lone \r at the end
            }
            i = pos + at;
            if (text[i + 1] != '\n') {
              return -1;
            }
          }
          return i > pos ? i : -1;
        }
        if (b < 0 || b == '"') {
          return -1;
        }
      }
      scanned = limit - pos;
      if (!more()) {
        return scanned > 0 ? limit : -1;
      }
    }
  }

  /** Moves the unread part of the block to its start and reads more; false at the end of the file. */
  private boolean more() throws IOException {
    return refill(pos);
  }

  /**
   * Moves to the next row and splits it into {@link #fields} fields: 1 for a row, 0 at the end of
   * the file, -1 when the quick way cannot take the row (another number of fields, or see {@link
   * #lineEnd}).
   */
  private int nextRow() throws IOException {
    if (pos < limit && text[pos] == '\r') { // the end of the line before: \r\n, checked there
      pos++;
    }
    if (pos == limit && !more()) {
      return 0;
    }
    if (text[pos] == '\n') {
      pos++;
    }
    if (pos == limit && !more()) {
      return 0;
    }
    int end = lineEnd();
    if (end < 0) {
      return -1;
    }
    int field = 0;
    fieldFrom[0] = pos;
    for (int i = pos; i < end; i++) {
      if (text[i] == ',') {
        if (++field == fields) {
          return -1;
        }
        fieldTo[field - 1] = i;
        fieldFrom[field] = i + 1;
      }
    }
    if (field != fields - 1) {
      return -1;
    }
    fieldTo[field] = end;
    pos = end;
    return 1;
  }

  /** Field {@code k} as a whole number of at most nine ASCII digits, or -1. */
  private int wholeNumber(int k) {
    return Numbers.digits(text, fieldFrom[k], fieldTo[k]);
  }

}

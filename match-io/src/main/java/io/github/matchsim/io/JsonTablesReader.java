package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The quick way through a {@code market/1} JSON file: streamed in blocks straight into {@link
 * MarketTables}, each id interned once ({@link AsciiIds}), no string per list entry and no parser
 * events. It takes the common case: ASCII strings without escapes, whole numbers, and the fields
 * {@code docs/formats.md} lists, each at most once. For anything else it answers null, and {@link MarketJsonReader} reads the file with
 * Jackson, which says what is wrong and where; both give equal markets.
 */
final class JsonTablesReader extends BlockReader {
  /** Thrown to leave the quick way; never seen outside this class. */
  private static final class NotQuick extends Exception {
    private static final long serialVersionUID = 1L;
    private static final NotQuick INSTANCE = new NotQuick();

    private NotQuick() {
      super(null, null, false, false);
    }
  }


  private final Definitions programs = new Definitions();
  private final Definitions applicants = new Definitions();
  private final AsciiIds programNames = programs.names;
  private final AsciiIds applicantNames = applicants.names;
  private final AsciiIds coupleNames = new AsciiIds();
  private final AsciiIds groupNames = new AsciiIds();
  private final IntList programTypes = new IntList();
  private final IntList positions = new IntList();
  private final IntList programListStart = new IntList();
  private final IntList programEntries = new IntList();
  private final IntList applicantGroup = new IntList();
  private final IntList applicantListStart = new IntList();
  private final IntList applicantEntries = new IntList();
  private final IntList reversionStart = new IntList();
  private final IntList reversionTo = new IntList();
  private final IntList reversionPositions = new IntList();
  private final IntList supplementalOf = new IntList();
  private final IntList linkedStart = new IntList();
  private final IntList linked = new IntList();
  private final IntList supplementalStart = new IntList();
  private final IntList supplementalEntries = new IntList();
  private final IntList coupleMembers = new IntList();
  private final IntList pairStart = new IntList();
  private final IntList pairEntries = new IntList();
  private boolean anyGroup;

  private static final ProgramType[] TYPES = ProgramType.values();

  private JsonTablesReader(InputStream in, int bufferSize) {
    super(bufferSize);
    start(in);
    beforeMove = this::flushBatch; // a batch's ids are in the block
    programListStart.add(0);
    applicantListStart.add(0);
    pairStart.add(0);
    reversionStart.add(0);
    supplementalOf.add(0);
    linkedStart.add(0);
    supplementalStart.add(0);
  }

  /** The tables of the market in {@code in}, or null when the careful reader must read it. */
  static MarketTables read(InputStream in) throws IOException {
    return read(in, 1 << 16);
  }

  /** As {@link #read(InputStream)}, reading blocks of {@code bufferSize} bytes (tests use tiny ones). */
  static MarketTables read(InputStream in, int bufferSize) throws IOException {
    try {
      return new JsonTablesReader(in, bufferSize).document();
    } catch (NotQuick e) {
      return null;
    }
  }

  // ---- the document ----

  private MarketTables document() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    if (next() != '}') {
      do {
        int field = field(seen, "format", "programs", "applicants", "couples");
        seen |= 1 << field;
        switch (field) {
          case 0 -> require(stringIs("market/1"));
          case 1 -> array(this::program);
          case 2 -> array(this::applicant);
          default -> array(this::couple);
        }
      } while (comma('}'));
    } else {
      pos++;
    }
    require(next() == -1 && (seen & 0b111) == 0b111);
    return tables();
  }

  private void program() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    int name = -1;
    int type = ProgramType.CATEGORICAL.ordinal();
    int count = 0;
    do {
      int field = field(seen, "id", "type", "positions", "rankOrderList", "reversions");
      seen |= 1 << field;
      switch (field) {
        case 0 -> name = string(programNames);
        case 1 -> type = programType();
        case 2 -> count = wholeNumber();
        case 3 -> strings(applicantNames, programEntries);
        default -> array(this::reversion);
      }
    } while (comma('}'));
    require((seen & 0b101) == 0b101 && programs.define(name));
    programTypes.add(type);
    positions.add(count);
    programListStart.add(programEntries.size);
    reversionStart.add(reversionTo.size);
  }

  private void reversion() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    do {
      int field = field(seen, "to", "positions");
      seen |= 1 << field;
      if (field == 0) {
        reversionTo.add(string(programNames));
      } else {
        reversionPositions.add(wholeNumber());
      }
    } while (comma('}'));
    require(seen == 0b11);
  }

  private void applicant() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    int name = -1;
    int group = -1;
    do {
      int field = field(seen, "id", "group", "rankOrderList", "supplementalLists");
      seen |= 1 << field;
      switch (field) {
        case 0 -> name = string(applicantNames);
        case 3 -> array(this::supplementalList);
        case 1 -> {
          if (next() == 'n') {
            literal("null");
          } else {
            group = string(groupNames);
            anyGroup = true;
          }
        }
        default -> strings(programNames, applicantEntries);
      }
    } while (comma('}'));
    require((seen & 1) == 1 && applicants.define(name));
    applicantGroup.add(group);
    applicantListStart.add(applicantEntries.size);
    supplementalOf.add(linkedStart.size - 1);
  }

  private void supplementalList() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    do {
      int field = field(seen, "linkedTo", "rankOrderList");
      seen |= 1 << field;
      strings(programNames, field == 0 ? linked : supplementalEntries);
    } while (comma('}'));
    require((seen & 1) == 1);
    linkedStart.add(linked.size);
    supplementalStart.add(supplementalEntries.size);
  }

  private void couple() throws IOException, NotQuick {
    expect('{');
    int seen = 0;
    IntList members = new IntList();
    do {
      int field = field(seen, "id", "members", "rankOrderList");
      seen |= 1 << field;
      switch (field) {
        case 0 -> require(string(coupleNames) == coupleNames.size() - 1 && coupleNames.size() == pairStart.size);
        case 1 -> strings(applicantNames, members);
        default -> array(this::pair);
      }
    } while (comma('}'));
    require((seen & 0b11) == 0b11 && members.size == 2);
    coupleMembers.add(members.get(0));
    coupleMembers.add(members.get(1));
    pairStart.add(pairEntries.size / 2);
  }

  private void pair() throws IOException, NotQuick {
    expect('[');
    for (int side = 0; side < 2; side++) {
      if (next() == 'n') {
        literal("null");
        pairEntries.add(-1);
      } else {
        pairEntries.add(string(programNames));
      }
      if (side == 0) {
        expect(',');
      }
    }
    expect(']');
  }

  private int programType() throws IOException, NotQuick {
    require(next() == '"');
    for (ProgramType type : TYPES) {
      if (peekString(type.externalName())) {
        return type.ordinal();
      }
    }
    throw NotQuick.INSTANCE;
  }

  // ---- values ----

  @FunctionalInterface
  private interface Element {
    void read() throws IOException, NotQuick;
  }

  private void array(Element element) throws IOException, NotQuick {
    expect('[');
    if (next() == ']') {
      pos++;
      return;
    }
    do {
      element.read();
    } while (comma(']'));
  }

  /**
   * An array of ids, interned in {@code names}, appended to {@code into}: in batches ({@link
   * AsciiIds#internAll}), a batch interned whenever it is full and before the text moves ({@link
   * #refill}).
   */
  private void strings(AsciiIds names, IntList into) throws IOException, NotQuick {
    expect('[');
    if (next() == ']') {
      pos++;
      return;
    }
    batchNames = names;
    batchInto = into;
    do {
      if (batchSize == batchFrom.length) {
        flushBatch();
      }
      stringBounds();
      batchFrom[batchSize] = boundFrom;
      batchTo[batchSize++] = boundTo;
    } while (comma(']'));
    flushBatch();
  }

  /** Ids found and not yet interned: bounds in the text, and where they go. */
  private final int[] batchFrom = new int[256];
  private final int[] batchTo = new int[256];
  private int batchSize;
  private AsciiIds batchNames;
  private IntList batchInto;
  private int boundFrom;
  private int boundTo;

  private void flushBatch() {
    if (batchSize > 0) {
      batchNames.internAll(text, batchFrom, batchTo, 0, batchSize, batchInto);
      batchSize = 0;
    }
  }

  /** A string of printable ASCII without escapes: its bounds in the text, into {@link #boundFrom} and {@link #boundTo}. */
  private void stringBounds() throws IOException, NotQuick {
    expect('"');
    int start = pos;
    int i = pos;
    while (true) {
      if (i == limit) {
        int offset = i - start;
        if (!refill(start)) {
          throw NotQuick.INSTANCE;
        }
        start = pos;
        i = pos + offset;
        continue;
      }
      byte b = text[i];
      if (b == '"') {
        break;
      }
      if (b < 0x20 || b == '\\' || b == 0x7f) { // controls, escapes and anything not ASCII (negative)
        throw NotQuick.INSTANCE;
      }
      i++;
    }
    boundFrom = start;
    boundTo = i;
    pos = i + 1;
  }

  /** A string of printable ASCII without escapes, interned in {@code names}. */
  private int string(AsciiIds names) throws IOException, NotQuick {
    stringBounds();
    return names.intern(text, boundFrom, boundTo);
  }

  /** Whether the string at the cursor (on its opening quote) is exactly {@code ascii}; consumed if so. */
  private boolean peekString(String ascii) throws IOException {
    int need = ascii.length() + 2;
    while (limit - pos < need && refill(pos)) {
      // a block may bring fewer bytes than needed
    }
    if (limit - pos < need || text[pos + need - 1] != '"') {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (text[pos + 1 + k] != ascii.charAt(k)) {
        return false;
      }
    }
    pos += need;
    return true;
  }

  private void require(boolean condition) throws NotQuick {
    if (!condition) {
      throw NotQuick.INSTANCE;
    }
  }

  private boolean stringIs(String ascii) throws IOException, NotQuick {
    require(next() == '"');
    return peekString(ascii);
  }

  /** A JSON whole number in the int range, no sign but minus, no leading zero; as {@code int}. */
  private int wholeNumber() throws IOException, NotQuick {
    int c = next();
    boolean negative = c == '-';
    if (negative) {
      pos++;
    }
    long value = 0;
    int digits = 0;
    int first = -1;
    while (true) {
      if (pos == limit && !refill(pos)) {
        break;
      }
      int d = text[pos] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      first = digits == 0 ? d : first;
      value = 10 * value + d;
      require(++digits <= 10);
      pos++;
    }
    require(digits > 0 && !(first == 0 && digits > 1));
    if (pos < limit) {
      byte b = text[pos];
      require(b != '.' && b != 'e' && b != 'E');
    }
    value = negative ? -value : value;
    require(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
    return (int) value;
  }

  private void literal(String word) throws IOException, NotQuick {
    for (int k = 0; k < word.length(); k++) {
      if (pos == limit) {
        require(refill(pos));
      }
      require(text[pos++] == word.charAt(k));
    }
  }

  /**
   * The next field of an object: its number among {@code names}, the cursor after its colon; not
   * quick for a field not among them or seen before ({@code seen}, a bit per number).
   */
  private int field(int seen, String... names) throws IOException, NotQuick {
    require(next() == '"');
    for (int k = 0; k < names.length; k++) {
      if (peekString(names[k])) {
        require((seen & (1 << k)) == 0);
        expect(':');
        return k;
      }
    }
    throw NotQuick.INSTANCE;
  }

  /** After a value: true past a comma, false past {@code close}. */
  private boolean comma(char close) throws IOException, NotQuick {
    int c = next();
    pos++;
    if (c == ',') {
      return true;
    }
    require(c == close);
    return false;
  }

  private void expect(char c) throws IOException, NotQuick {
    require(next() == c);
    pos++;
  }

  /** The next byte that is not JSON whitespace, not consumed; -1 at the end. */
  private int next() throws IOException {
    while (true) {
      if (pos == limit && !refill(pos)) {
        return -1;
      }
      byte b = text[pos];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
      pos++;
    }
  }

  // ---- the tables ----

  private MarketTables tables() throws NotQuick {
    require(programs.allDefined() && applicants.allDefined());
    ProgramType[] types = new ProgramType[programs.count()];
    for (int p = 0; p < types.length; p++) {
      types[p] = TYPES[programTypes.get(p)];
    }
    String[] groups = null;
    if (anyGroup) {
      groups = new String[applicants.count()];
      for (int a = 0; a < groups.length; a++) {
        groups[a] = applicantGroup.get(a) < 0 ? null : groupNames.string(applicantGroup.get(a));
      }
    }
    String[] coupleIds = new String[coupleNames.size()];
    for (int c = 0; c < coupleIds.length; c++) {
      coupleIds[c] = coupleNames.string(c);
    }
    return MarketTables.builder()
        .programs(programs.count(), programs.ids(), types, positions.toArray(), programListStart.toArray(),
            applicants.renumbered(programEntries))
        .reversions(reversionStart.toArray(), programs.renumbered(reversionTo), reversionPositions.toArray())
        .applicants(applicants.count(), applicants.ids(), groups, applicantListStart.toArray(),
            programs.renumbered(applicantEntries))
        .supplementalLists(supplementalOf.toArray(), linkedStart.toArray(), programs.renumbered(linked),
            supplementalStart.toArray(), programs.renumbered(supplementalEntries))
        .couples(coupleIds, applicants.renumbered(coupleMembers), pairStart.toArray(), programs.renumbered(pairEntries))
        .build();
  }
}

package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The quick way through a Stable Matching Suite instance: streamed in blocks straight into {@link
 * MarketTables}, each id interned once ({@link AsciiIds}), no string per list entry, no line
 * split into strings. It takes only the well-formed case, an ASCII file whose every line parses and
 * names each resident and program once; for anything else it answers null and {@link SmsFormat}
 * reads the file the careful way, which says what is wrong and where. Both ways give equal markets.
 */
final class SmsTablesReader extends BlockReader {
  /** Programs defined in p line order; applicants by r lines and couple members, as first seen. */
  private final Definitions programs = new Definitions();
  private final Definitions applicants = new Definitions();
  private final AsciiIds programNames = programs.names;
  private final AsciiIds applicantNames = applicants.names;
  private final AsciiIds coupleNames = new AsciiIds();
  private final IntList positions = new IntList();
  /** Lists as names, by owner in definition order. */
  private final IntList programListStart = new IntList();
  private final IntList programEntries = new IntList();
  private final IntList applicantListStart = new IntList();
  private final IntList applicantEntries = new IntList();
  private final IntList coupleMembers = new IntList();
  private final IntList pairStart = new IntList();
  private final IntList pairEntries = new IntList();
  /** Token bounds of the current line. */
  private int[] tokenFrom = new int[64];
  private int[] tokenTo = new int[64];

  private SmsTablesReader(InputStream in, int blockSize) {
    super(blockSize);
    start(in);
    programListStart.add(0);
    applicantListStart.add(0);
    pairStart.add(0);
  }

  /** The tables of the instance in {@code in}, or null when the careful reader must see it. */
  static MarketTables read(InputStream in) throws IOException {
    return read(in, 1 << 16);
  }

  /** As {@link #read(InputStream)}, reading blocks of {@code blockSize} bytes (tests use tiny ones). */
  static MarketTables read(InputStream in, int blockSize) throws IOException {
    return new SmsTablesReader(in, blockSize).read();
  }

  private MarketTables read() throws IOException {
    while (true) {
      int end = lineEnd();
      if (end == END) {
        break;
      }
      if (end == NOT_ASCII) {
        return null; // the careful reader checks UTF-8 and says where it breaks
      }
      int tokens = tokenize(pos, end);
      if (tokens > 0 && text[pos] != '#' && text[pos] != ' ' && !line(tokens)) {
        return null;
      }
      // Past one \r or \n: the \n of a \r\n then ends an empty line, which is skipped like any.
      pos = end < limit ? end + 1 : end;
    }
    if (programs.count() == 0 && applicants.count() == 0) {
      return null; // empty, or comments only: the careful reader says so
    }
    return tables();
  }

  private static final int END = -1;
  private static final int NOT_ASCII = -2;

  /**
   * Where the line at {@link #pos} ends (its {@code \n} or {@code \r}, or the end of the input),
   * reading more while it is not whole in the block; {@link #END} when no line is left, {@link
   * #NOT_ASCII} at a byte that is not ASCII.
   */
  private int lineEnd() throws IOException {
    int scanned = 0; // bytes after pos known to belong to the line: positions move with the block
    while (true) {
      for (int i = pos + scanned; i < limit; i++) {
        byte b = text[i];
        if (b == '\n' || b == '\r') {
          return i;
        }
        if (b < 0) {
          return NOT_ASCII;
        }
      }
      scanned = limit - pos;
      if (!refill(pos)) {
        return scanned > 0 ? limit : END;
      }
    }
  }

  /**
   * Splits {@code text[from, to)} into tokens at spaces, tabs, form feeds and vertical tabs, in one
   * pass, in a method called once a line so that a cold JVM compiles it early; the number of tokens.
   */
  private int tokenize(int from, int to) {
    int tokens = 0;
    int start = -1;
    for (int i = from; i < to; i++) {
      byte b = text[i];
      boolean separator = b == ' ' || b == '\t' || b == '\f' || b == 0x0B;
      if (separator && start >= 0) {
        token(tokens++, start, i);
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      token(tokens++, start, to);
    }
    return tokens;
  }

  private void token(int k, int from, int to) {
    if (k == tokenFrom.length) {
      tokenFrom = Arrays.copyOf(tokenFrom, 2 * k);
      tokenTo = Arrays.copyOf(tokenTo, 2 * k);
    }
    tokenFrom[k] = from;
    tokenTo[k] = to;
  }

  /** One line that is not a comment, in tokens; false when the careful reader must read the file. */
  private boolean line(int tokens) {
    if (tokenTo[0] - tokenFrom[0] != 1) {
      return false;
    }
    return switch (text[tokenFrom[0]]) {
      case 'r' -> resident(tokens);
      case 'c' -> couple(tokens);
      case 'p' -> program(tokens);
      default -> false;
    };
  }

  private boolean resident(int tokens) {
    if (tokens < 2 || !applicants.define(applicantNames.intern(text, tokenFrom[1], tokenTo[1]))) {
      return false;
    }
    programNames.internAll(text, tokenFrom, tokenTo, 2, tokens, applicantEntries);
    applicantListStart.add(applicantEntries.size);
    return true;
  }

  private boolean couple(int tokens) {
    if (tokens < 4 || (tokens - 4) % 2 != 0) {
      return false;
    }
    int couples = coupleNames.size();
    if (coupleNames.intern(text, tokenFrom[1], tokenTo[1]) != couples) {
      return false; // a couple id twice
    }
    for (int m = 2; m <= 3; m++) {
      int name = applicantNames.intern(text, tokenFrom[m], tokenTo[m]);
      if (!applicants.define(name)) {
        return false; // a member seen before: the careful reader decides what that means
      }
      applicantListStart.add(applicantEntries.size); // a member's own list is empty
      coupleMembers.add(name);
    }
    for (int k = 4; k < tokens; k++) {
      pairEntries.add(isNoMatch(k) ? -1 : programNames.intern(text, tokenFrom[k], tokenTo[k]));
    }
    pairStart.add(pairEntries.size / 2);
    return true;
  }

  private boolean isNoMatch(int k) {
    return tokenTo[k] - tokenFrom[k] == 2 && text[tokenFrom[k]] == '-' && text[tokenFrom[k] + 1] == '1';
  }

  private boolean program(int tokens) {
    if (tokens < 3) {
      return false;
    }
    int capacity = Numbers.digits(text, tokenFrom[2], tokenTo[2]);
    if (capacity < 0 || !programs.define(programNames.intern(text, tokenFrom[1], tokenTo[1]))) {
      return false; // a program twice; or a capacity negative, not a number, or too long to be sure
    }
    positions.add(capacity);
    applicantNames.internAll(text, tokenFrom, tokenTo, 3, tokens, programEntries);
    programListStart.add(programEntries.size);
    return true;
  }

  /** The tables, lists renumbered from names to definitions; null when a list names what no line defines. */
  private MarketTables tables() {
    if (!programs.allDefined() || !applicants.allDefined()) {
      return null; // a list names a program or a resident that no line defines
    }
    String[] coupleIds = new String[coupleNames.size()];
    for (int c = 0; c < coupleIds.length; c++) {
      coupleIds[c] = coupleNames.string(c);
    }
    ProgramType[] types = new ProgramType[programs.count()];
    Arrays.fill(types, ProgramType.CATEGORICAL);
    return MarketTables.builder()
        .programs(programs.count(), programs.ids(), types, positions.toArray(), programListStart.toArray(),
            applicants.renumbered(programEntries))
        .applicants(applicants.count(), applicants.ids(), null, applicantListStart.toArray(),
            programs.renumbered(applicantEntries))
        .couples(coupleIds, applicants.renumbered(coupleMembers), pairStart.toArray(), programs.renumbered(pairEntries))
        .build();
  }
}

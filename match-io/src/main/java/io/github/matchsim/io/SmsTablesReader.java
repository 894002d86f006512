package io.github.matchsim.io;

import io.github.matchsim.engine.MarketTables;
import io.github.matchsim.market.ProgramType;
import java.util.Arrays;

/**
 * The quick way through a Stable Matching Suite instance: straight from the file's bytes into
 * {@link MarketTables}, each id interned once ({@link AsciiIds}), no string per list entry, no line
 * split into strings. It takes only the well-formed case, an ASCII file whose every line parses and
 * names each resident and program once; for anything else it answers null and {@link SmsFormat}
 * reads the file the careful way, which says what is wrong and where. Both ways give equal markets.
 */
final class SmsTablesReader {
  private final byte[] text;
  private final int end;
  private final AsciiIds programNames;
  private final AsciiIds applicantNames;
  private final AsciiIds coupleNames;
  /** Per program name: its definition (p line order) + 1, or 0 while undefined. */
  private int[] programDefined = new int[1024];
  private int[] applicantDefined = new int[1024];
  /** In definition order: the name of each program, applicant (r lines and couple members as first seen). */
  private final IntList programOrder = new IntList();
  private final IntList applicantOrder = new IntList();
  private final IntList positions = new IntList();
  /** Lists as names, by owner in definition order. */
  private final IntList programListStart = new IntList();
  private final IntList programEntries = new IntList();
  private final IntList applicantListStart = new IntList();
  private final IntList applicantEntries = new IntList();
  private final IntList coupleMembers = new IntList();
  private final IntList pairStart = new IntList();
  private final IntList pairEntries = new IntList();
  /** Token bounds of the current line, and where it ends. */
  private int[] tokenFrom = new int[64];
  private int[] tokenTo = new int[64];
  private int lineEnd;

  private SmsTablesReader(byte[] text, int end) {
    this.text = text;
    this.end = end;
    this.programNames = new AsciiIds();
    this.applicantNames = new AsciiIds();
    this.coupleNames = new AsciiIds();
    programListStart.add(0);
    applicantListStart.add(0);
    pairStart.add(0);
  }

  /** The tables of the instance in {@code text[0, end)}, or null when the careful reader must see it. */
  static MarketTables read(byte[] text, int end) {
    return new SmsTablesReader(text, end).read();
  }

  private MarketTables read() {
    int pos = 0;
    while (pos < end) {
      int tokens = tokenizeLine(pos);
      if (tokens < 0) {
        return null; // not ASCII: the careful reader checks UTF-8 and says where it breaks
      }
      if (tokens > 0 && text[pos] != '#' && text[pos] != ' ' && !line(tokens)) {
        return null;
      }
      pos = lineEnd;
      if (pos < end && text[pos] == '\r') {
        pos++;
      }
      if (pos < end && text[pos] == '\n') {
        pos++;
      }
    }
    if (programOrder.size == 0 && applicantOrder.size == 0) {
      return null; // empty, or comments only: the careful reader says so
    }
    return tables();
  }

  /**
   * Splits the line that starts at {@code from} into tokens at spaces, tabs, form feeds and vertical
   * tabs, and sets {@link #lineEnd} to where it ends ({@code \n}, {@code \r} or the end). One pass,
   * in a method called once a line, so that a cold JVM compiles it early.
   *
   * @return the number of tokens, or -1 when the line has a byte that is not ASCII
   */
  private int tokenizeLine(int from) {
    int tokens = 0;
    int start = -1;
    int i = from;
    for (; i < end; i++) {
      byte b = text[i];
      if (b == '\n' || b == '\r') {
        break;
      }
      if (b < 0) {
        return -1;
      }
      boolean separator = b == ' ' || b == '\t' || b == '\f' || b == 0x0B;
      if (separator && start >= 0) {
        token(tokens++, start, i);
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      token(tokens++, start, i);
    }
    lineEnd = i;
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
    if (tokens < 2 || !defineApplicant(applicantNames.intern(text, tokenFrom[1], tokenTo[1]))) {
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
      if (!defineApplicant(name)) {
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
    int name = programNames.intern(text, tokenFrom[1], tokenTo[1]);
    programDefined = grown(programDefined, name);
    if (programDefined[name] != 0) {
      return false;
    }
    int capacity = wholeNumber(tokenFrom[2], tokenTo[2]);
    if (capacity < 0) {
      return false; // negative, not a number, or too long to be sure: the careful reader decides
    }
    programOrder.add(name);
    programDefined[name] = programOrder.size;
    positions.add(capacity);
    applicantNames.internAll(text, tokenFrom, tokenTo, 3, tokens, programEntries);
    programListStart.add(programEntries.size);
    return true;
  }

  private boolean defineApplicant(int name) {
    applicantDefined = grown(applicantDefined, name);
    if (applicantDefined[name] != 0) {
      return false;
    }
    applicantOrder.add(name);
    applicantDefined[name] = applicantOrder.size;
    return true;
  }

  /** ASCII digits, at most nine of them, as a number; -1 for anything else. */
  private int wholeNumber(int from, int to) {
    if (to - from > 9) {
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

  private static int[] grown(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, Math.max(2 * array.length, index + 1));
  }

  /** The tables, lists renumbered from names to definitions; null when a list names what no line defines. */
  private MarketTables tables() {
    int programs = programOrder.size;
    int applicants = applicantOrder.size;
    if (programNames.size() != programs || applicantNames.size() != applicants) {
      return null; // a list names a program or a resident that no line defines
    }
    int[] programList = programEntries.toArray();
    renumber(programList, applicantDefined);
    int[] applicantList = applicantEntries.toArray();
    renumber(applicantList, programDefined);
    int[] pairs = pairEntries.toArray();
    for (int k = 0; k < pairs.length; k++) {
      pairs[k] = pairs[k] < 0 ? -1 : programDefined[pairs[k]] - 1;
    }
    int[] members = coupleMembers.toArray();
    renumber(members, applicantDefined);
    String[] programIds = new String[programs];
    for (int p = 0; p < programs; p++) {
      programIds[p] = programNames.string(programOrder.get(p));
    }
    String[] applicantIds = new String[applicants];
    for (int a = 0; a < applicants; a++) {
      applicantIds[a] = applicantNames.string(applicantOrder.get(a));
    }
    String[] coupleIds = new String[coupleNames.size()];
    for (int c = 0; c < coupleIds.length; c++) {
      coupleIds[c] = coupleNames.string(c);
    }
    ProgramType[] types = new ProgramType[programs];
    Arrays.fill(types, ProgramType.CATEGORICAL);
    return MarketTables.builder()
        .programs(programs, programIds, types, positions.toArray(), programListStart.toArray(), programList)
        .applicants(applicants, applicantIds, null, applicantListStart.toArray(), applicantList)
        .couples(coupleIds, members, pairStart.toArray(), pairs)
        .build();
  }

  /** Names to definitions (stored + 1) in place. */
  private static void renumber(int[] list, int[] defined) {
    for (int k = 0; k < list.length; k++) {
      list[k] = defined[list[k]] - 1;
    }
  }
}

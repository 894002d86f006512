package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.market.Market;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarketCsvTest {
  @TempDir
  Path dir;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) throws Exception {
    Market market = MarketGenerator.builder().applicants(1 + (int) (seed * 11 % 250)).coupleShare(0.1)
        .programTypeShares(0.1, 0.2).reversionShare(0.1).programRankShare(0.8)
        .group("US_MD", 2).group("NON_US_IMG", 1).build().generate(seed);
    MarketCsvWriter.write(market, dir);
    Market read = MarketCsvReader.read(dir);
    assertEquals(market, read);
    SharedIds.assertListsShareTheIdStrings(read);
  }

  /** A small valid folder that each case breaks in one file. */
  private void writeValid() throws Exception {
    Files.writeString(dir.resolve("programs.csv"), "program,type,positions\nIM,categorical,2\nFM,,1\n");
    Files.writeString(dir.resolve("program_rankings.csv"), "program,rank,applicant\nIM,1,ann\nIM,2,bob\nFM,1,bob\n");
    Files.writeString(dir.resolve("applicants.csv"), "applicant,group\nann,US_MD\nbob,\n");
    Files.writeString(dir.resolve("applicant_rankings.csv"), "applicant,rank,program\nann,1,IM\nbob,1,FM\nbob,2,IM\n");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("programs.csv", null, "-", "missing: the CSV folder layout needs programs.csv"),
        Arguments.of("programs.csv", "", "line 1", "the file is empty; the header must be program,type,positions"),
        Arguments.of("programs.csv", "id,type,positions\nIM,categorical,2\n", "line 1",
            "the header must be program,type,positions, not id,type,positions"),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,two\nFM,,1\n", "line 2",
            "positions must be a whole number, not \"two\""),
        Arguments.of("programs.csv", "program,type,positions\nIM,surgical,2\nFM,,1\n", "line 2", "unknown program type \"surgical\""),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,\u0662\nFM,,1\n", "line 2",
            "positions must be a whole number, not \"\u0662\""),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,+2\nFM,,1\n", "line 2",
            "positions must be a whole number, not \"+2\""),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,2147483648\nFM,,1\n", "line 2",
            "positions 2147483648 is out of range"),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,-2\nFM,,1\n", "line 2",
            "program \"IM\" has negative positions (-2)"),
        Arguments.of("programs.csv", "program,type,positions\nIM,categorical,2\nFM,,1\nIM,,3\n", "line 4",
            "duplicate program \"IM\" (also line 2)"),
        Arguments.of("program_rankings.csv", "program,rank,applicant\nIM,1,ann\nIM,3,bob\nFM,1,bob\n", "line 3",
            "ranks of program \"IM\" must be contiguous from 1: rank 2 is missing before rank 3"),
        Arguments.of("program_rankings.csv", "program,rank,applicant\nIM,1,ann\nIM,1,bob\nFM,1,bob\n", "line 3",
            "rank 1 appears twice (also line 2)"),
        Arguments.of("program_rankings.csv", "program,rank,applicant\nXX,1,ann\n", "line 2",
            "unknown program \"XX\" (not in programs.csv)"),
        Arguments.of("program_rankings.csv", "program,rank,applicant\nIM,1,ann\nIM,2,zed\n", "line 3",
            "unknown applicant \"zed\""),
        Arguments.of("applicant_rankings.csv", "applicant,rank,program\nann,1\n", "line 2",
            "expected 3 fields (applicant,rank,program), found 2"),
        Arguments.of("couple_rankings.csv", "couple,member1,member2,rank,program1,program2\nc,ann,bob,1,IM,IM\nc,ann,cy,2,IM,\n",
            "line 3", "couple \"c\" has members ann and bob on line 2, not ann and cy"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("malformed")
  void malformedFoldersAreReportedWithFileLineAndProblem(String file, String content, String place, String message) throws Exception {
    writeValid();
    if (content == null) {
      Files.delete(dir.resolve(file));
    } else {
      Files.writeString(dir.resolve(file), content);
    }
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> MarketCsvReader.read(dir));
    assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(dir.resolve(file).toString())
            && p.place().equals(place) && p.message().startsWith(message)),
        () -> "expected " + file + " " + place + ": " + message + " but got " + e.problems());
  }

  /** Two ids that differ only in bytes that are not UTF-8 must not become one: the bytes are an error. */
  @org.junit.jupiter.api.Test
  void illFormedUtf8IsAnErrorWithItsPlaceNotAReplacementCharacter() throws Exception {
    writeValid();
    Files.write(dir.resolve("applicants.csv"), new byte[] {'a', 'p', 'p', 'l', 'i', 'c', 'a', 'n', 't', ',', 'g', 'r',
        'o', 'u', 'p', '\n', 'a', 'n', 'n', ',', '\n', 'b', 'o', 'b', (byte) 0xFF, ',', '\n'});
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> MarketCsvReader.read(dir));
    assertTrue(e.getMessage().contains(dir.resolve("applicants.csv") + ": line 3, column 4: invalid UTF-8: byte 0xFF"),
        e::getMessage);
  }

  /** A market the layout cannot hold is refused before a file is written, not written so that it reads back otherwise. */
  @org.junit.jupiter.api.Test
  void aLinkedProgramIdWithASemicolonIsRefusedBeforeAnythingIsWritten() {
    io.github.matchsim.market.Market market = io.github.matchsim.market.Market.builder()
        .program("ADV;X", io.github.matchsim.market.ProgramType.ADVANCED, 1, "Ann")
        .program("PRE", io.github.matchsim.market.ProgramType.PRELIMINARY, 1, "Ann")
        .applicant(new io.github.matchsim.market.Applicant("Ann", null, java.util.List.of("ADV;X"),
            java.util.List.of(new io.github.matchsim.market.SupplementalList(java.util.List.of("ADV;X"), java.util.List.of("PRE")))))
        .build();
    Path folder = dir.resolve("out");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarketCsvWriter.write(market, folder));
    assertTrue(e.getMessage().contains("holds a ';', which separates linked programs"), e::getMessage);
    assertTrue(!Files.exists(folder), "nothing written");
  }
}
